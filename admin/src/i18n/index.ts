/**
 * Vietnamese by default, English second. Messages are react-admin's own, the console's (app.*),
 * enum labels (enums.*), the dashboard's (dashboard.*), the import screen's (imports.*), the account, offline and map parts' (account.*, offline.*, map.*) and each
 * resource folder's (resources.<name>.*).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { messages as accountMessages } from '../account/messages';
import { messages as dashboardMessages } from '../dashboard/messages';
import { messages as mapMessages } from '../map/messages';
import { messages as offlineMessages } from '../offline/messages';
import { importsEn, importsVi } from '../imports/messages';
import { resourceMessages } from '../resources';
import { appEn, appVi } from './app';
import { enumsEn, enumsVi } from './enums';
import { raVietnamese } from './ra-vietnamese';

export const messages: Record<'vi' | 'en', TranslationMessages> = {
  vi: mergeTranslations(raVietnamese, { app: appVi, enums: enumsVi, imports: importsVi }, dashboardMessages.vi, accountMessages.vi, offlineMessages.vi, mapMessages.vi, resourceMessages.vi) as TranslationMessages,
  en: mergeTranslations(englishMessages, { app: appEn, enums: enumsEn, imports: importsEn }, dashboardMessages.en, accountMessages.en, offlineMessages.en, mapMessages.en, resourceMessages.en) as TranslationMessages,
};

export const i18nProvider = polyglotI18nProvider((locale) => messages[locale === 'en' ? 'en' : 'vi'], 'vi', [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
]);
