import type { app as en } from '../en/app';

export const app: typeof en = {
  title: 'Kube Policy Designer',
  language: '言語',
  languageName: { en: 'English', ja: '日本語' },
};
