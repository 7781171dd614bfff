// The reader's settings: language (English or Simplified Chinese, switched
// at once, remembered) and theme (the system's, light or dark).
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { storage } from '../common/browser.ts';
import { isLanguage, LANGUAGES, setLanguage } from '../i18n/index.ts';
import { applyTheme, savedTheme, THEMES, type ThemeChoice } from '../theme/theme.ts';

export function Settings() {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useState<ThemeChoice>(() => savedTheme(storage()));
  return (
    <>
      <select
        className="setting"
        value={i18n.language}
        onChange={(e) => isLanguage(e.target.value) && void setLanguage(e.target.value, storage())}
        aria-label={t('header.language')}
        title={t('header.language')}
        data-testid="language-switch"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
      <select
        className="setting"
        value={theme}
        onChange={(e) => {
          const v = e.target.value as ThemeChoice;
          setTheme(v);
          applyTheme(v, storage(), true);
        }}
        aria-label={t('header.theme')}
        title={t('header.theme')}
        data-testid="theme-switch"
      >
        {THEMES.map((v) => (
          <option key={v} value={v}>
            {t(`theme.${v}`)}
          </option>
        ))}
      </select>
    </>
  );
}
