import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  FunctionField,
  Labeled,
  Link,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
  useGetOne,
  useGetRecordRepresentation,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../common/enums';
import type { AuditEntry } from '../../../../rules/contract';
import { fieldLabel, visibleChanges } from '../../common/changes';
import { entityTypeLabel, enumLabelsOf, hiddenNestedKey, nestedEnumLabelsOf, nestedLabel, recordName, referenceOf, useEntityResources } from './entities';
import { DateTimeField } from '../../common/DateTimeField';
import { formatDay, formatInstant } from '../../../../rules/dates';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Another record named by its id: its name, linked, when the caller may see it; else the id. */
const ReferenceValue = ({ resource, id }: { resource: string; id: string }) => {
  const createPath = useCreatePath();
  const { data, error } = useGetOne(resource, { id }, { retry: false });
  const name = data ? ((data.name ?? data.displayName ?? data.username) as string | undefined) : undefined;
  if (error || !data) return <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>{id}</Typography>;
  return <Link to={createPath({ resource, id, type: 'show' })}>{name ?? id}</Link>;
};

const isBlank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A stored text, number or flag, readable: dates in the user's language, yes/no for flags, an enum by its label (`labels`: the messages' prefix). */
const Scalar = ({ value, labels }: { value: string | number | boolean; labels?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = locale === 'en' ? 'en-GB' : 'vi-VN';
  if (typeof value === 'boolean') return <>{translate(value ? 'app.common.yes' : 'app.common.no')}</>;
  if (typeof value === 'number') return <>{value.toLocaleString(lang)}</>;
  if (labels) return <>{translate(`${labels}.${value}`, { _: value })}</>;
  if (DATE_TIME.test(value)) return <>{formatInstant(value, locale === 'en' ? 'en' : 'vi')}</>;
  if (DATE.test(value)) return <>{formatDay(value)}</>;
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
      {value}
    </Box>
  );
};

/** A stored structure (a list of channels, a workflow history…), one labelled line per value, nested as stored. */
const Structure = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  if (isBlank(value)) return <>—</>;
  if (Array.isArray(value)) {
    return (
      <Box component="ol" sx={{ m: 0, pl: 2.5, '& > li + li': { mt: 0.75 } }}>
        {value.map((item, i) => (
          <li key={i}>
            <Structure value={item} />
          </li>
        ))}
      </Box>
    );
  }
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    const entries = Object.entries(object).filter(([k, v]) => !isBlank(v) && !hiddenNestedKey(k, object));
    if (!entries.length) return <>—</>;
    return (
      <Box>
        {entries.map(([k, v]) => (
          <Box key={k} sx={{ display: 'flex', gap: 0.75 }}>
            <Box component="span" sx={{ color: 'text.secondary', flexShrink: 0 }}>
              {nestedLabel(translate, k)}:
            </Box>
            <Box component="span" sx={{ minWidth: 0 }}>
              {typeof v === 'object' ? <Structure value={v} /> : <Scalar value={v as string | number | boolean} labels={typeof v === 'string' ? nestedEnumLabelsOf(k, v) : undefined} />}
            </Box>
          </Box>
        ))}
      </Box>
    );
  }
  return <Scalar value={value as string | number | boolean} />;
};

/** One stored field's value, readable: enums by their label, references by name, structures laid out. */
const Value = ({ entityType, field, value, side }: { entityType: string; field: string; value: unknown; side: Record<string, unknown> }) => {
  if (isBlank(value)) return <>—</>;
  if (typeof value === 'string') {
    const reference = referenceOf(field, side);
    if (reference) return <ReferenceValue resource={reference} id={value} />;
    return <Scalar value={value} labels={enumLabelsOf(entityType, field)} />;
  }
  if (typeof value === 'object') {
    return (
      <Box sx={{ maxHeight: 320, overflow: 'auto', typography: 'body2' }}>
        <Structure value={value} />
      </Box>
    );
  }
  return <Scalar value={value as number | boolean} />;
};

/** Before → after for every field the entry changed (for a creation: the values set; for a deletion: the values removed). */
const Comparison = () => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const entityResources = useEntityResources();
  if (!entry) return null;
  const changes = visibleChanges(entry);
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const showBefore = entry.action !== 'CREATE';
  const showAfter = entry.action !== 'DELETE';
  return (
    <Box data-testid="audit-comparison" sx={{ width: '100%' }}>
      <Typography variant="h6" gutterBottom>
        {translate(
          entry.action === 'CREATE'
            ? 'resources.auditEntries.compare.created'
            : entry.action === 'DELETE'
              ? 'resources.auditEntries.compare.deleted'
              : 'resources.auditEntries.compare.title',
        )}
      </Typography>
      {!changes.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.auditEntries.compare.none')}
        </Typography>
      ) : (
        <Table size="small" sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '22%' }}>{translate('resources.auditEntries.compare.field')}</TableCell>
              {showBefore ? <TableCell>{translate('resources.auditEntries.compare.before')}</TableCell> : null}
              {showAfter ? <TableCell>{translate('resources.auditEntries.compare.after')}</TableCell> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((c) => (
              <TableRow key={c.field} sx={{ verticalAlign: 'top' }}>
                <TableCell sx={{ fontWeight: 500 }}>{fieldLabel(translate, entityResources[entry.entityType], c.field)}</TableCell>
                {showBefore ? (
                  <TableCell sx={{ color: showAfter ? 'text.secondary' : undefined }}>
                    <Value entityType={entry.entityType} field={c.field} value={c.before} side={before} />
                  </TableCell>
                ) : null}
                {showAfter ? (
                  <TableCell>
                    <Value entityType={entry.entityType} field={c.field} value={c.after} side={after} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

/** The changed record by name (or as its resource represents it), linked to its page unless it was deleted. */
const RecordLink = (_: { label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const entityResources = useEntityResources();
  const resource = entry ? entityResources[entry.entityType] : undefined;
  const name = entry ? recordName(entry) : undefined;
  const deleted = entry?.action === 'DELETE';
  const represent = useGetRecordRepresentation(resource ?? '');
  const { data } = useGetOne(resource ?? '', { id: entry?.entityId ?? '' }, { enabled: !!entry && !!resource && !name && !deleted, retry: false });
  if (!entry) return null;
  if (deleted || !resource) {
    return (
      <Typography component="span" variant="body2">
        {name ?? entry.entityId}
        {deleted ? (
          <Typography component="span" variant="body2" color="text.secondary">
            {` (${translate('resources.auditEntries.record_deleted')})`}
          </Typography>
        ) : null}
      </Typography>
    );
  }
  return (
    <Link to={createPath({ resource, id: entry.entityId, type: 'show' })} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      {name ?? (data ? represent(data) : translate('resources.auditEntries.open_record'))}
      <OpenInNewIcon fontSize="inherit" />
    </Link>
  );
};

const EntryTitle = () => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const entityResources = useEntityResources();
  if (!entry) return null;
  const full = recordName(entry);
  const name = full && full.length > 60 ? `${full.slice(0, 57).trimEnd()}…` : full;
  return (
    <span>
      {`${translate(`enums.AuditAction.${entry.action}`)}: ${entityTypeLabel(translate, entityResources[entry.entityType], entry.entityType).toLowerCase()}${name ? ` “${name}”` : ''}`}
    </span>
  );
};

export const AuditEntryShow = () => {
  const translate = useTranslate();
  const entityResources = useEntityResources();
  return (
    <Show title={<EntryTitle />}>
      <SimpleShowLayout>
        <Box display="flex" gap={4} flexWrap="wrap">
          <Labeled source="at">
            <DateTimeField source="at" showTime />
          </Labeled>
          <Labeled source="action">
            <SelectField source="action" choices={enumChoices('AuditAction')} />
          </Labeled>
          <Labeled source="username">
            <TextField source="username" emptyText="—" />
          </Labeled>
          <Labeled source="entityType">
            <FunctionField source="entityType" render={(e: AuditEntry) => entityTypeLabel(translate, entityResources[e.entityType], e.entityType)} />
          </Labeled>
          <Labeled label="resources.auditEntries.fields.record">
            <RecordLink />
          </Labeled>
        </Box>
        <Comparison />
      </SimpleShowLayout>
    </Show>
  );
};
