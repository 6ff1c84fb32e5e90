import HistoryIcon from '@mui/icons-material/History';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

/** Read-only: the API writes the log, nobody edits it. */
export const auditEntries: ResourceConfig = {
  name: 'auditEntries',
  icon: HistoryIcon,
  list: lazyScreen(async () => (await import('./AuditEntryList')).AuditEntryList),
  show: lazyScreen(async () => (await import('./AuditEntryShow')).AuditEntryShow),
  // The changed fields and the record's name are read from before/after; the user is the username kept in the entry.
  listFields: ['action', 'entityType', 'entityId', 'userId', 'username', 'at', 'before', 'after'],
  messages,
};
