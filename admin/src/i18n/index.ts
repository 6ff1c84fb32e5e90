/**
 * Vietnamese by default, English second. Messages are react-admin's own, the console's (app.*),
 * enum labels (enums.*), the dashboard's (dashboard.*) and each resource folder's (resources.<name>.*).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { messages as dashboardMessages } from '../dashboard/messages';
import { resourceMessages } from '../resources';
import { appEn, appVi } from './app';
import { enumsEn, enumsVi } from './enums';
import { raVietnamese } from './ra-vietnamese';

export const messages: Record<'vi' | 'en', TranslationMessages> = {
  vi: mergeTranslations(raVietnamese, { app: appVi, enums: enumsVi }, dashboardMessages.vi, resourceMessages.vi) as TranslationMessages,
  en: mergeTranslations(englishMessages, { app: appEn, enums: enumsEn }, dashboardMessages.en, resourceMessages.en) as TranslationMessages,
};

export const i18nProvider = polyglotI18nProvider((locale) => messages[locale === 'en' ? 'en' : 'vi'], 'vi', [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
]);
