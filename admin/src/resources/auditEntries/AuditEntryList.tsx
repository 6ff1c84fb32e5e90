import { Box, Chip } from '@mui/material';
import { FunctionField, ReferenceField, SelectField, SelectInput, TextField, useRecordContext, useTranslate, type SelectInputProps } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import type { AuditEntry } from '../../../../rules/contract';
import { fieldLabel, visibleChanges } from '../../common/changes';
import { entityTypeLabel, recordName, useEntityResources, useEntityTypeChoices } from './entities';
import { ListDatagrid } from '../../common/ListDatagrid';
import { DateTimeField } from '../../common/DateTimeField';

/** Every audited record type: one per resource of the console (see useEntityResources). */
const EntityTypeInput = (props: Omit<SelectInputProps, 'choices'>) => <SelectInput {...props} choices={useEntityTypeChoices()} />;

const filters = [<EntityTypeInput key="entityType" source="entityType" alwaysOn />];

const MAX_CHIPS = 4;

/** The fields an update or workflow step changed (a creation or deletion concerns the whole record). */
const ChangesSummary = (_: { label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const entityResources = useEntityResources();
  if (!entry) return null;
  if (entry.action === 'CREATE' || entry.action === 'DELETE') return <>—</>;
  const changes = visibleChanges(entry);
  if (!changes.length) return <>—</>;
  return (
    <Box display="flex" flexWrap="wrap" gap={0.5}>
      {changes.slice(0, MAX_CHIPS).map((c) => (
        <Chip key={c.field} size="small" label={fieldLabel(translate, entityResources[entry.entityType], c.field)} />
      ))}
      {changes.length > MAX_CHIPS ? <Chip size="small" variant="outlined" label={translate('resources.auditEntries.more_fields', { count: changes.length - MAX_CHIPS })} /> : null}
    </Box>
  );
};

/** The changed record's name as the entry stored it, else as its resource represents it (an assessment has no name of its own). */
const RecordNameField = (_: { source?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const entityResources = useEntityResources();
  if (!entry) return null;
  const name = recordName(entry);
  const resource = entityResources[entry.entityType];
  if (name || !resource || entry.action === 'DELETE') return <>{name ?? '—'}</>;
  return <ReferenceField source="entityId" reference={resource} link={false} emptyText="—" />;
};

/** Newest first, always: the list query has no sort, so no column sorts. */
export const AuditEntryList = () => {
  const translate = useTranslate();
  const entityResources = useEntityResources();
  const exportColumns: Array<ExportColumn<AuditEntry>> = [
    { source: 'at', type: 'datetime' },
    { source: 'action', enum: 'AuditAction' },
    { source: 'entityType', value: (e) => entityTypeLabel(translate, entityResources[e.entityType], e.entityType) },
    { source: 'record', value: (e) => recordName(e) ?? e.entityId },
    { source: 'username' },
    {
      source: 'changes',
      value: (e) => (e.action === 'CREATE' || e.action === 'DELETE' ? '' : visibleChanges(e).map((c) => fieldLabel(translate, entityResources[e.entityType], c.field)).join(', ')),
    },
  ];
  return (
    <ResourceList filters={filters} exportColumns={exportColumns}>
      <ListDatagrid rowClick="show" bulkActionButtons={false}>
        <DateTimeField source="at" showTime sx={{ whiteSpace: 'nowrap' }} />
        <SelectField source="action" choices={enumChoices('AuditAction')} />
        <FunctionField source="entityType" render={(e: AuditEntry) => entityTypeLabel(translate, entityResources[e.entityType], e.entityType)} />
        <RecordNameField source="record" />
        <TextField source="username" emptyText="—" />
        <ChangesSummary label="resources.auditEntries.fields.changes" />
      </ListDatagrid>
    </ResourceList>
  );
};
