/**
 * Vietnamese by default, English second. Messages are react-admin's own, the console's (app.*),
 * enum labels (enums.*), the dashboard's (dashboard.*), the import screen's (imports.*) and each
 * resource folder's (resources.<name>.*).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { messages as dashboardMessages } from '../dashboard/messages';
import { importsEn, importsVi } from '../imports/messages';
import { resourceMessages } from '../resources';
import { appEn, appVi } from './app';
import { enumsEn, enumsVi } from './enums';
import { raVietnamese } from './ra-vietnamese';

export const messages: Record<'vi' | 'en', TranslationMessages> = {
  vi: mergeTranslations(raVietnamese, { app: appVi, enums: enumsVi, imports: importsVi }, dashboardMessages.vi, resourceMessages.vi) as TranslationMessages,
  en: mergeTranslations(englishMessages, { app: appEn, enums: enumsEn, imports: importsEn }, dashboardMessages.en, resourceMessages.en) as TranslationMessages,
};

export const i18nProvider = polyglotI18nProvider((locale) => messages[locale === 'en' ? 'en' : 'vi'], 'vi', [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
]);
