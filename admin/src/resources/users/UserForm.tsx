import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import {
  BooleanInput,
  Loading,
  PasswordInput,
  SelectInput,
  TextInput,
  maxLength,
  minLength,
  required,
  useGetIdentity,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceForm } from '../../common/ResourceForm';
import type { Neighbourhood, Role, User, Ward } from '../../../../rules/contract';
import { ScopeInput } from './ScopeInput';
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, USERNAME_PATTERN, passwordTooLong } from '../../../../rules/limits';
import { assignableRoles } from '../../../../rules/roles';
import { FIELD, SCOPE_LEVEL, SCOPE_PROVINCE, SCOPE_WARD } from './scope';

// The API's own rules (rules/limits): the form says what it would refuse before sending.
const usernameShape = (v: unknown) => (typeof v === 'string' && v.trim() && !USERNAME_PATTERN.test(v.trim()) ? 'resources.users.validation.username' : undefined);
const passwordBytes = (v: unknown) => (typeof v === 'string' && passwordTooLong(v) ? { message: 'resources.users.validation.password_too_long', args: { max: MAX_PASSWORD_BYTES } } : undefined);
const validateUsername = [required(), usernameShape];
const validatePassword = [required(), minLength(MIN_PASSWORD_LENGTH), passwordBytes];
const validateNewPassword = [minLength(MIN_PASSWORD_LENGTH), passwordBytes];

/**
 * Where the account's scope unit hangs (its province, its ward), so an edit opens with the
 * cascading pickers filled in. Undefined while that is being looked up.
 */
function useScopeDefaults(record: User | undefined): Record<string, unknown> | undefined {
  const level = record?.scope?.level;
  const id = record?.scopeUnitId ?? '';
  const ward = useGetOne<Ward>('wards', { id }, { enabled: level === 'WARD', retry: false });
  const neighbourhood = useGetOne<Neighbourhood>('neighbourhoods', { id }, { enabled: level === 'NEIGHBOURHOOD', retry: false });
  if (!record?.id || !level) return {};
  if (level === 'WARD') return ward.isPending && !ward.error ? undefined : { [SCOPE_LEVEL]: level, [SCOPE_PROVINCE]: ward.data?.provinceId ?? null };
  if (level === 'NEIGHBOURHOOD') {
    return neighbourhood.isPending && !neighbourhood.error
      ? undefined
      : { [SCOPE_LEVEL]: level, [SCOPE_PROVINCE]: neighbourhood.data?.provinceId ?? null, [SCOPE_WARD]: neighbourhood.data?.wardId ?? null };
  }
  return { [SCOPE_LEVEL]: level };
}

/**
 * One form for create and edit. Creating asks for the username and a password; editing may set a
 * new password (left empty, the current one stays) and lock the account. Nobody changes their own
 * role, scope or lock status.
 */
export const UserForm = () => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const looked = useScopeDefaults(record);
  // Fixed per version of the account once known: a later change of these defaults would reset the pickers under the user's hands.
  const ready = looked !== undefined;
  const version = record?.version;
  const defaults = useMemo(() => looked, [version, ready]); // eslint-disable-line react-hooks/exhaustive-deps
  if (defaults === undefined) return <Loading />;

  const editing = !!record?.id;
  const own = editing && identity?.id === record.id;
  const callerRole = identity?.role as Role | undefined;
  const roles = assignableRoles(callerRole);
  if (record?.role && !roles.includes(record.role)) roles.unshift(record.role);
  const roleChoices = enumChoices('Role').filter((c) => roles.includes(c.id as Role));

  return (
    // A new version (saved here or elsewhere) starts a fresh form, so the cascading pickers start from it.
    <ResourceForm key={String(record?.version ?? 'new')} defaultValues={defaults}>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput
          source="username"
          validate={editing ? undefined : validateUsername}
          disabled={editing}
          helperText={editing ? false : 'resources.users.helpers.username'}
          autoComplete="off"
          sx={FIELD}
        />
        <TextInput source="displayName" validate={[required(), maxLength(120)]} sx={FIELD} />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        {editing ? (
          <PasswordInput
            source="password"
            label="resources.users.edit_password"
            validate={validateNewPassword}
            helperText="resources.users.helpers.new_password"
            autoComplete="new-password"
            sx={FIELD}
          />
        ) : (
          <PasswordInput source="password" validate={validatePassword} helperText="resources.users.helpers.password" autoComplete="new-password" sx={FIELD} />
        )}
        <SelectInput source="role" choices={roleChoices} validate={required()} disabled={own} sx={FIELD} />
      </Box>
      <ScopeInput disabled={own} />
      {editing ? (
        <BooleanInput source="disabled" helperText="resources.users.helpers.disabled" disabled={own} />
      ) : null}
      {own ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.users.helpers.own_account')}
        </Typography>
      ) : null}
    </ResourceForm>
  );
};
