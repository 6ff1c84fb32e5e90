/** Every resource of the console, in menu order, and their messages merged for the i18n provider. */
import { mergeTranslations } from 'react-admin';
import { assessments } from './assessments';
import { auditEntries } from './auditEntries';
import { criteriaSets } from './criteriaSets';
import { establishments } from './establishments';
import { householdCommitments } from './householdCommitments';
import { meetings } from './meetings';
import { meetingSchedules } from './meetingSchedules';
import { models } from './models';
import { neighbourhoods } from './neighbourhoods';
import { organisations } from './organisations';
import { periodReports } from './periodReports';
import { programmes } from './programmes';
import { provinces } from './provinces';
import { reports } from './reports';
import { rewards } from './rewards';
import type { ResourceConfig } from './types';
import { users } from './users';
import { wards } from './wards';

export const resources: ResourceConfig[] = [assessments, models, meetings, meetingSchedules, householdCommitments, reports, periodReports, rewards, establishments, organisations, neighbourhoods, wards, provinces, programmes, criteriaSets, users, auditEntries];

/** The fields each list's rows carry (see ResourceConfig.listFields), for the data provider. */
export const listFields = Object.fromEntries(resources.map((r) => [r.name, r.listFields]));

export const resourceMessages = {
  vi: mergeTranslations(...resources.map((r) => r.messages.vi)),
  en: mergeTranslations(...resources.map((r) => r.messages.en)),
};
