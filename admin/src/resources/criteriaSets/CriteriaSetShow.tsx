import { Box, Chip, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  FunctionField,
  ListContextProvider,
  NumberField,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { CriteriaSet, Criterion } from '../../../../rules/contract';
import { enumChoices } from '../../common/enums';
import { EmptyNote } from '../../common/EmptyNote';
import { historyTab } from '../../common/RecordHistory';
import { DateTimeField } from '../../common/DateTimeField';
import { ListDatagrid } from '../../common/ListDatagrid';

/** Same column widths in every group's table, so the groups read as one list. */
const criteriaTableSx = {
  tableLayout: 'fixed',
  '& .column-code': { width: 96 },
  '& .column-kind': { width: 150 },
  '& .column-maxScore': { width: 110 },
  '& .column-required': { width: 96 },
  '& .column-placeholder': { width: 200 },
} as const;

const MaxScore = ({ criterion }: { criterion: Criterion }) => {
  const translate = useTranslate();
  if (criterion.kind !== 'POINTS') return <span>—</span>;
  if (criterion.maxScore == null)
    return (
      <Typography component="span" variant="body2" color="text.secondary" fontStyle="italic">
        {translate('resources.criteriaSets.criterion.maxScore_pending')}
      </Typography>
    );
  return <span>{criterion.maxScore.toLocaleString()}</span>;
};

const Placeholder = ({ criterion }: { criterion: Criterion }) => {
  const translate = useTranslate();
  return criterion.placeholder ? <Chip size="small" color="warning" variant="outlined" label={translate('resources.criteriaSets.criterion.placeholder_chip')} /> : null;
};

const CriteriaTable = ({ heading, criteria }: { heading: string; criteria: Criterion[] }) => {
  const listContext = useList({ data: criteria, perPage: 1000 });
  return (
    <Box>
      <Typography variant="subtitle1" fontWeight={600} gutterBottom>
        {heading}
      </Typography>
      <ListContextProvider value={listContext}>
        <Datagrid bulkActionButtons={false} rowClick={false} sx={criteriaTableSx} empty={<EmptyNote message="resources.criteriaSets.group.empty" />}>
          <TextField source="code" label="resources.criteriaSets.criterion.code" sortable={false} />
          <TextField source="title" label="resources.criteriaSets.criterion.title" sortable={false} />
          <SelectField source="kind" label="resources.criteriaSets.criterion.kind" choices={enumChoices('CriterionKind')} sortable={false} />
          <FunctionField<Criterion> source="maxScore" label="resources.criteriaSets.criterion.maxScore" textAlign="right" sortable={false} render={(c) => <MaxScore criterion={c} />} />
          <BooleanField source="required" label="resources.criteriaSets.criterion.required" textAlign="center" sortable={false} looseValue />
          <FunctionField<Criterion> source="placeholder" label="resources.criteriaSets.criterion.placeholder" sortable={false} render={(c) => <Placeholder criterion={c} />} />
        </Datagrid>
      </ListContextProvider>
    </Box>
  );
};

/** The criteria under their groups, in the set's order; criteria naming an unknown group come last. */
const CriteriaByGroup = () => {
  const record = useRecordContext<CriteriaSet>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.criteria.length) return <EmptyNote message="resources.criteriaSets.criterion.empty" />;
  const known = new Set(record.groups.map((g) => g.code));
  const sections = record.groups.map((g) => ({ key: g.code, heading: `${g.code} — ${g.title}`, criteria: record.criteria.filter((c) => c.group === g.code) }));
  const orphans = record.criteria.filter((c) => !known.has(c.group));
  if (orphans.length) sections.push({ key: '', heading: translate('resources.criteriaSets.group.none'), criteria: orphans });
  return (
    <Stack spacing={3} sx={{ width: '100%' }}>
      {sections.map((s) => (
        <CriteriaTable key={s.key} heading={s.heading} criteria={s.criteria} />
      ))}
    </Stack>
  );
};

type Edition = CriteriaSet['revisions'][number];

const thresholdsText = (e: Pick<Edition, 'thresholds'>) => (e.thresholds.length ? e.thresholds.map((t) => `${t.classification} ≥ ${t.minTotal.toLocaleString()}`).join('; ') : '—');

/** Every edition, the current one first, then the frozen ones newest first; each opens to its criteria. */
const Editions = () => {
  const record = useRecordContext<CriteriaSet>();
  const translate = useTranslate();
  const editions = record ? [{ ...record, id: `current`, replacedAt: null }, ...record.revisions.map((r) => ({ ...r, id: `r${r.revision}` }))] : [];
  const listContext = useList({ data: editions, perPage: 1000 });
  if (!record) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 960 }}>
        {translate('resources.criteriaSets.revision.help')}
      </Typography>
      <ListContextProvider value={listContext}>
        <Datagrid bulkActionButtons={false} rowClick="expand" expand={<CriteriaByGroup />} sx={{ width: 'auto' }}>
          <FunctionField<Edition & { id: string }>
            label="resources.criteriaSets.revision.number"
            sortable={false}
            render={(e) => translate(`resources.criteriaSets.revision.${e.id === 'current' ? 'current' : 'frozen'}`, { revision: e.revision })}
          />
          <DateTimeField source="replacedAt" label="resources.criteriaSets.revision.replacedAt" showTime emptyText="—" sortable={false} />
          <FunctionField<Edition> label="resources.criteriaSets.revision.criteriaCount" textAlign="right" sortable={false} render={(e) => e.criteria.length} />
          <NumberField source="maxTotal" label="resources.criteriaSets.revision.maxTotal" sortable={false} />
          <FunctionField<Edition> label="resources.criteriaSets.revision.thresholds" sortable={false} render={thresholdsText} />
        </Datagrid>
      </ListContextProvider>
      {record.revisions.length === 0 && <EmptyNote message="resources.criteriaSets.revision.empty" />}
    </Stack>
  );
};

export const CriteriaSetShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.common.details">
        <TextField source="name" />
        <NumberField source="maxTotal" />
        <NumberField source="revision" />
        <FunctionField<CriteriaSet> source="criteria" label="resources.criteriaSets.fields.criteriaCount" render={(r) => r.criteria.length} />
        <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-line', display: 'block', maxWidth: 960 }} />
        <ArrayField source="thresholds">
          <Datagrid bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="resources.criteriaSets.threshold.empty" />} sx={{ width: 'auto' }}>
            <TextField source="classification" label="resources.criteriaSets.threshold.classification" sortable={false} />
            <NumberField source="minTotal" label="resources.criteriaSets.threshold.minTotal" sortable={false} />
          </Datagrid>
        </ArrayField>
        <DateTimeField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.criteriaSets.tabs.criteria" path="criteria">
        <CriteriaByGroup />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.criteriaSets.tabs.programmes" path="programmes">
        <ReferenceManyField reference="programmes" target="criteriaSetId" label={false} sort={{ field: 'name', order: 'ASC' }} pagination={<Pagination />}>
          <ListDatagrid rowClick="show" bulkActionButtons={false} empty={<EmptyNote message="resources.criteriaSets.programmes_empty" />}>
            <TextField source="code" />
            <TextField source="name" />
            <SelectField source="ratedLevel" choices={enumChoices('RatedLevel')} />
            <SelectField source="recognizingLevel" choices={enumChoices('RecognizingLevel')} />
            <SelectField source="period" choices={enumChoices('AssessmentPeriod')} />
          </ListDatagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.criteriaSets.tabs.revisions" path="revisions">
        <Editions />
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
