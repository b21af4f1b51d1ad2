export const app = {
  title: 'Kube Policy Designer',
  language: 'Language',
  languageName: { en: 'English', ja: '日本語' },
};
