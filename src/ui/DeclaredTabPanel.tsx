import { useContext, type ReactNode, type RefObject } from 'react';
import { useTabPanel } from 'react-aria';
import { TabListStateContext } from 'react-aria-components';

/**
 * useTabPanel watches the element behind the ref it is given with a MutationObserver
 * and, on every change inside, walks it for a tabbable child to choose the panel's
 * tabIndex; the walk asks for visibility, which makes the browser recalculate style in
 * the middle of the change. Given a ref that stays empty, it watches nothing.
 */
const UNWATCHED: RefObject<Element | null> = { current: null };

/**
 * A tab panel of react-aria-components' Tabs (same ids, roles and labelling as its
 * TabPanel) for content that changes often: the caller says whether it holds anything
 * tabbable, instead of the panel finding out from the DOM after each change. Without a
 * tabbable child the panel itself takes focus, as the WAI-ARIA tabs pattern asks.
 */
export function DeclaredTabPanel({ id, className, hasTabbableChild, children }: { id: string; className?: string; hasTabbableChild: boolean; children: ReactNode }) {
  const state = useContext(TabListStateContext);
  const { tabPanelProps } = useTabPanel({ id }, state, UNWATCHED);
  if (!state || state.selectedKey !== id) return null;
  return (
    <div {...tabPanelProps} tabIndex={hasTabbableChild ? undefined : 0} className={className}>
      {children}
    </div>
  );
}
