import { useContext } from 'react';
import { LocaleContext, type LocaleContextValue } from './LocaleProvider.tsx';

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}

export function useT(): LocaleContextValue['t'] {
  return useLocale().t;
}
