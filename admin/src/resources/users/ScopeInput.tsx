/**
 * The scope unit of an account, picked to fit its role: a province for a province officer, a
 * ward for a ward officer, a neighbourhood for a head, a unit of any level (chosen first) for a
 * viewer, none for an administrator, and for an organisation's contact person no unit but the
 * organisation (organisationId, narrowed by a province picker). Wards and neighbourhoods are narrowed by cascading pickers
 * (province → ward) that are not saved: only scopeUnitId is, so all of them lock with it.
 */
import { useEffect, useRef } from 'react';
import { Box, Typography } from '@mui/material';
import { AutocompleteInput, ReferenceInput, SelectInput, required, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { enumChoices } from '../../common/enums';
import type { Role, UnitLevel } from '../../../../rules/contract';
import { ROLE_LEVEL } from '../../../../rules/roles';
import { FIELD, LEVEL_RESOURCE, SCOPE_LEVEL, SCOPE_PROVINCE, SCOPE_WARD } from './scope';

const byName = (q: string) => (q ? { q } : {});
const blank = (v: unknown) => (v === undefined || v === '' ? null : v);

/** Empties `targets` when the user changes `name` (not on the first render, so a loaded account keeps its scope). */
function useClearOnChange(name: string, targets: string[]) {
  const { setValue } = useFormContext();
  const value = blank(useWatch({ name }));
  const previous = useRef(value);
  const key = targets.join(',');
  useEffect(() => {
    if (previous.current === value) return;
    previous.current = value;
    for (const target of key.split(',')) setValue(target, null, { shouldDirty: true });
  }, [value, key, setValue]);
  return value as string | null;
}

const UNIT_LABEL: Record<UnitLevel, string> = { PROVINCE: 'app.units.province', WARD: 'app.units.ward', NEIGHBOURHOOD: 'app.units.neighbourhood' };

export const ScopeInput = ({ disabled }: { disabled?: boolean }) => {
  const translate = useTranslate();
  const role = useWatch({ name: 'role' }) as Role | null | undefined;
  useClearOnChange('role', ['scopeUnitId', 'organisationId', SCOPE_LEVEL, SCOPE_PROVINCE, SCOPE_WARD]);
  const chosenLevel = useClearOnChange(SCOPE_LEVEL, ['scopeUnitId', SCOPE_PROVINCE, SCOPE_WARD]) as UnitLevel | null;
  const provinceId = useClearOnChange(SCOPE_PROVINCE, ['scopeUnitId', 'organisationId', SCOPE_WARD]);
  const wardId = useClearOnChange(SCOPE_WARD, ['scopeUnitId']);

  const wanted = role ? ROLE_LEVEL[role] : undefined;
  const level: UnitLevel | null = wanted === 'ANY' ? chosenLevel : wanted === 'ORGANISATION' ? null : (wanted ?? null);

  const hint = (key: string) => (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate(key)}
    </Typography>
  );

  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('resources.users.fields.scopeUnitId')}
      </Typography>
      {!role ? (
        hint('resources.users.helpers.scope_pick_role')
      ) : wanted === null ? (
        hint('resources.users.helpers.scope_admin')
      ) : wanted === 'ORGANISATION' ? (
        <Box>
          {hint('resources.users.helpers.scope_organisation')}
          <Box display="flex" gap={2} flexWrap="wrap">
            <ReferenceInput source={SCOPE_PROVINCE} reference="provinces" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput label="resources.users.scope.province" optionText="name" filterToQuery={byName} disabled={disabled} sx={FIELD} />
            </ReferenceInput>
            <ReferenceInput source="organisationId" reference="organisations" filter={provinceId ? { provinceId } : {}} sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput label="resources.users.fields.organisationId" optionText="name" filterToQuery={byName} validate={required()} disabled={disabled} sx={FIELD} />
            </ReferenceInput>
          </Box>
        </Box>
      ) : (
        <Box display="flex" gap={2} flexWrap="wrap">
          {wanted === 'ANY' ? (
            <SelectInput source={SCOPE_LEVEL} label="resources.users.scope.level" choices={enumChoices('UnitLevel')} validate={required()} disabled={disabled} sx={FIELD} />
          ) : null}
          {level === 'WARD' || level === 'NEIGHBOURHOOD' ? (
            <ReferenceInput source={SCOPE_PROVINCE} reference="provinces" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput label="resources.users.scope.province" optionText="name" filterToQuery={byName} disabled={disabled} sx={FIELD} />
            </ReferenceInput>
          ) : null}
          {level === 'NEIGHBOURHOOD' ? (
            <ReferenceInput source={SCOPE_WARD} reference="wards" filter={provinceId ? { provinceId } : {}} sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput label="resources.users.scope.ward" optionText="name" filterToQuery={byName} disabled={disabled} sx={FIELD} />
            </ReferenceInput>
          ) : null}
          {level ? (
            <ReferenceInput
              key={level}
              source="scopeUnitId"
              reference={LEVEL_RESOURCE[level]}
              filter={wardId && level === 'NEIGHBOURHOOD' ? { wardId } : provinceId && level !== 'PROVINCE' ? { provinceId } : {}}
              sort={{ field: 'name', order: 'ASC' }}
            >
              <AutocompleteInput label={UNIT_LABEL[level]} optionText="name" filterToQuery={byName} validate={required()} disabled={disabled} sx={FIELD} />
            </ReferenceInput>
          ) : null}
        </Box>
      )}
    </Box>
  );
};
ScopeInput.lockedBy = 'scopeUnitId';
