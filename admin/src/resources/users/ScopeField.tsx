import { Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { User } from '../../../../rules/contract';
import { LEVEL_RESOURCE } from './scope';

interface ScopeFieldProps {
  /** Read by Datagrid and the show layout for the label. */
  source?: string;
  label?: string;
  /** Link the unit's name to its page. */
  link?: boolean;
}

/** The account's scope unit by name ("Toàn quốc" for an administrator; an organisation's contact person: the organisation). */
export const ScopeField = ({ link = false }: ScopeFieldProps) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  const scope = record.scope;
  const organisation = record.organisation;
  if (!scope && organisation) {
    return (
      <Typography component="span" variant="body2">
        {link ? <Link to={createPath({ resource: 'organisations', id: organisation.id, type: 'show' })}>{organisation.name}</Link> : organisation.name}
      </Typography>
    );
  }
  if (!scope) {
    return (
      <Typography component="span" variant="body2" color={record.role === 'ADMIN' ? 'text.primary' : 'text.secondary'}>
        {record.role === 'ADMIN' ? translate('resources.users.scope.nationwide') : '—'}
      </Typography>
    );
  }
  if (!link) {
    return (
      <Typography component="span" variant="body2">
        {scope.name}
      </Typography>
    );
  }
  return (
    <Typography component="span" variant="body2">
      <Link to={createPath({ resource: LEVEL_RESOURCE[scope.level], id: scope.id, type: 'show' })}>{scope.name}</Link>
    </Typography>
  );
};
