import HistoryIcon from '@mui/icons-material/History';
import type { ResourceConfig } from '../types';
import { AuditEntryList } from './AuditEntryList';
import { AuditEntryShow } from './AuditEntryShow';
import { messages } from './messages';

/** Read-only: the API writes the log, nobody edits it. */
export const auditEntries: ResourceConfig = {
  name: 'auditEntries',
  icon: HistoryIcon,
  list: AuditEntryList,
  show: AuditEntryShow,
  messages,
};
