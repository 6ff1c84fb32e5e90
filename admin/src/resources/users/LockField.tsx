import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { User } from '../../../../rules/contract';

interface Props {
  /** Read by Datagrid and the show layout for the label. */
  source?: string;
  label?: string;
}

/** In a list: a lock on locked accounts only. */
export const LockIconField = (_: Props) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record?.disabled) return null;
  return (
    <Tooltip title={translate('resources.users.status.locked')}>
      <LockIcon fontSize="small" color="warning" aria-label={translate('resources.users.status.locked')} />
    </Tooltip>
  );
};

/** On a page: locked or active, in words. */
export const LockStatusField = (_: Props) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return record.disabled ? (
    <Chip size="small" color="warning" icon={<LockIcon />} label={translate('resources.users.status.locked')} />
  ) : (
    <Chip size="small" color="success" variant="outlined" icon={<LockOpenIcon />} label={translate('resources.users.status.active')} />
  );
};
