// UI text in English and Japanese. Each UI area owns one resource file per language (src/i18n/<lang>/<area>.ts)
// so areas can grow independently; `resources.test.ts` walks every key of every language.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ja } from './ja';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const resources = { en: { translation: en }, ja: { translation: ja } } as const;

const STORAGE_KEY = 'kpd.language';

/** The saved choice, else the browser's language, else English. */
export function initialLanguage(storage?: Pick<Storage, 'getItem'>, navigatorLanguages: readonly string[] = []): Language {
  const saved = storage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ja') return saved;
  for (const l of navigatorLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}

export function rememberLanguage(lang: Language, storage?: Pick<Storage, 'setItem'>): void {
  storage?.setItem(STORAGE_KEY, lang);
}

export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; text is never injected as HTML
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
