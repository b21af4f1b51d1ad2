// The language switch. Its accessible name always contains "Language" so a person (or a test) who cannot read
// the current language still finds the way back.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, rememberLanguage, type Language } from '../../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';
  const label = current === 'en' ? 'Language' : `${t('app.language')} / Language`;
  const change = (lang: Language) => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    try {
      rememberLanguage(lang, localStorage);
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
  };
  return (
    <select aria-label={label} value={current} onChange={(e) => change(e.currentTarget.value as Language)} className="kpd-language">
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(`app.languageName.${l}`)}
        </option>
      ))}
    </select>
  );
}
