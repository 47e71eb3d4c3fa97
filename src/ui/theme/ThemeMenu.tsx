import { Button, Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import { useT } from '../i18n/useT.ts';
import { THEME_CHOICES } from './themeChoice.ts';
import { useThemeChoice } from './useThemeChoice.ts';
import './themeMenu.css';

const SYMBOL = { system: '◐', light: '☀', dark: '☾' } as const;

/** The header's theme button: a menu of System, Light and Dark, the current one checked (react-aria: arrows, Enter, Escape). */
export function ThemeMenu() {
  const t = useT();
  const [choice, choose] = useThemeChoice();
  return (
    <MenuTrigger>
      <Button className="button header-button theme-button">
        <span className="visually-hidden">{t('theme.label')}: </span>
        <span aria-hidden="true">{SYMBOL[choice]}</span> {t(`theme.${choice}`)}
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu theme-menu"
          aria-label={t('theme.label')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[choice]}
          onSelectionChange={(keys) => {
            const [next] = keys === 'all' ? [] : [...keys];
            if (next !== undefined) choose(THEME_CHOICES.find((c) => c === next) ?? 'system');
          }}
        >
          {THEME_CHOICES.map((option) => (
            <MenuItem key={option} id={option} textValue={t(`theme.${option}`)} className="menu-item">
              <span aria-hidden="true">{SYMBOL[option]}</span>
              <Text slot="label">{t(`theme.${option}`)}</Text>
              {option === 'system' ? <Text slot="description" className="menu-description">{t('theme.systemHint')}</Text> : null}
              {option === choice ? <span aria-hidden="true">✓</span> : null}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
