import { useState, type ReactNode } from 'react';
import { Box, Chip, Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  EditButton,
  FunctionField,
  Labeled,
  ListContextProvider,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../common/enums';
import { historyTab } from '../../common/RecordHistory';
import { ModelMeetings } from '../meetings/ModelMeetings';
import { ModelMeetingSchedules } from '../meetingSchedules/ModelMeetingSchedules';
import { ModelRewards } from '../rewards/ModelRewards';
import type { Channel, Figure, Model, RolloutStep } from '../../../../rules/contract';
import { DueChip } from '../../dashboard/due';
import { DateTimeField } from '../../common/DateTimeField';
import { LocalDateField } from '../../common/LocalDateField';
import { AddFigureButton, FigureDialog, useMayEnterFigures } from './FigureEntry';
import { LanguageChips, LocaleNumberText, ProgrammeText, StatusTimeline, TargetGoalText, UnitText, f } from './modelFields';
import { FundingView, LegalBasisChainView, RecipientsView, ResponsibilitiesView } from './planData';

/** Long narrative text keeps the line breaks it was written with. */
const prose = { whiteSpace: 'pre-line', display: 'block', maxWidth: 980 } as const;
/** Table cells with long text wrap at a readable width. */
const wrap = (min: number) => ({ minWidth: min, whiteSpace: 'pre-line' }) as const;

const Nothing = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.models.no_items')}
    </Typography>
  );
};

const Heading = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle2" sx={{ mt: 1, mb: 0.5 }}>
    {children}
  </Typography>
);

/**
 * A list embedded in the record, as a read-only table under its own heading (empty: a short note).
 * `label={false}` keeps the tab from adding a second, smaller label.
 */
const EmbeddedTable = ({ source, children, sx }: { source: string; label?: false; children: ReactNode; sx?: object }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Heading>{translate(f(source))}</Heading>
      <ArrayField source={source}>
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<Nothing />} sx={{ '& .RaDatagrid-headerCell': { fontWeight: 600 }, ...sx }}>
          {children}
        </Datagrid>
      </ArrayField>
    </Box>
  );
};

/** `label={false}`: it labels itself (the tab would otherwise add an empty label). */
const NextPlan = (_props: { label?: false }) => {
  const record = useRecordContext<Model>();
  const translate = useTranslate();
  if (!record) return null;
  const label = translate(f('nextPlan')) + (record.nextPlanPeriod ? ` (${record.nextPlanPeriod})` : '');
  return (
    <Labeled label={label}>
      <TextField source="nextPlan" emptyText="—" sx={prose} />
    </Labeled>
  );
};

/** period, then indicator (the source's order otherwise): a model may hold dozens of figures. */
const byPeriodThenIndicator = (a: Figure, b: Figure) => a.period.localeCompare(b.period, 'vi') || a.indicator.localeCompare(b.indicator, 'vi');

/** The figures; those who may change them add one from here or tap a row to change it. */
const FiguresTable = (_props: { label?: false }) => {
  const record = useRecordContext<Model>();
  const translate = useTranslate();
  const mayEnter = useMayEnterFigures();
  const [editing, setEditing] = useState<Figure | null>(null);
  const data = [...(record?.figures ?? [])].sort(byPeriodThenIndicator);
  const listContext = useList({ data, perPage: 1000 });
  if (!record) return null;
  return (
    <Box>
      <Box display="flex" alignItems="center" gap={2} flexWrap="wrap">
        <Heading>
          {translate(f('figures'))} ({data.length})
        </Heading>
        <AddFigureButton variant="outlined" />
      </Box>
      {mayEnter && data.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('resources.models.figure_entry.tap_to_edit')}
        </Typography>
      )}
      <FigureDialog open={editing !== null} figure={editing} onClose={() => setEditing(null)} />
      <ListContextProvider value={listContext}>
        <Datagrid
          bulkActionButtons={false}
          rowClick={
            mayEnter
              ? (_id, _resource, row) => {
                  setEditing(row as Figure);
                  return false;
                }
              : false
          }
          empty={<Nothing />}
          sx={{
            '& .RaDatagrid-headerCell': { fontWeight: 600 },
            '& .column-period': { whiteSpace: 'nowrap' },
            '& .column-indicator': wrap(260),
            '& .column-value, & .column-unit': { whiteSpace: 'nowrap' },
            '& .column-place': { minWidth: 140 },
            '& .column-note': wrap(220),
          }}
        >
          <TextField source="period" label={f('figures.period')} />
          <TextField source="indicator" label={f('figures.indicator')} />
          <FunctionField source="value" label={f('figures.value')} textAlign="right" render={(r: Figure) => <LocaleNumberText value={r.value} />} />
          <TextField source="unit" label={f('figures.unit')} />
          <TextField source="place" label={f('figures.place')} emptyText="—" />
          <FunctionField
            source="planned"
            label={f('figures.planned')}
            render={(r: Figure) => (r.planned ? <Chip size="small" color="info" variant="outlined" label={translate('resources.models.planned_badge')} /> : '')}
          />
          <TextField source="note" label={f('figures.note')} emptyText="—" />
        </Datagrid>
      </ListContextProvider>
    </Box>
  );
};

/** On the model's page: "Thêm số liệu" first for those who may enter figures (a head: that is all they may change). */
const ShowActions = () => (
  <TopToolbar>
    <AddFigureButton />
    <EditButton />
  </TopToolbar>
);

export const ModelShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.models.tabs.overview">
        <TextField source="name" />
        <SelectField source="category" choices={enumChoices('ModelCategory')} />
        <FunctionField source="unit" render={() => <UnitText link inline />} />
        <FunctionField source="programmeId" render={() => <ProgrammeText />} />
        <TextField source="leadBody" emptyText="—" />
        <TextField source="area" emptyText="—" sx={prose} />
        <SelectField source="status" choices={enumChoices('ModelStatus')} />
        <FunctionField source="statusDates" render={() => <StatusTimeline />} />
        <TextField source="startedIn" emptyText="—" />
        <TextField source="statusAsOf" emptyText="—" />
        <FunctionField source="dueState" render={(r: Model) => <DueChip state={r.dueState} day={r.nextDueOn ?? null} />} />
        <BooleanField source="isSample" looseValue />
        <TextField source="unitMappingNote" emptyText="—" sx={prose} />
        <DateTimeField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.models.tabs.narrative" path="narrative">
        <TextField source="context" emptyText="—" sx={prose} />
        <TextField source="results" emptyText="—" sx={prose} />
        <TextField source="problems" emptyText="—" sx={prose} />
        <NextPlan label={false} />
        <TextField source="requests" emptyText="—" sx={prose} />
        <TextField source="meetingSchedule" emptyText="—" sx={prose} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.models.tabs.people" path="people">
        <EmbeddedTable label={false} source="committee" sx={{ '& .column-position': wrap(200) }}>
          <TextField source="name" label={f('committee.name')} />
          <TextField source="position" label={f('committee.position')} />
          <TextField source="role" label={f('committee.role')} />
          <TextField source="group" label={f('committee.group')} />
        </EmbeddedTable>
        <EmbeddedTable
          label={false}
          source="channels"
          sx={{ '& .column-kind, & .column-languages': { whiteSpace: 'nowrap' }, '& .column-name': { minWidth: 180 }, '& .column-value': { minWidth: 150 }, '& .column-note': wrap(240) }}
        >
          <SelectField source="kind" label={f('channels.kind')} choices={enumChoices('ChannelKind')} />
          <TextField source="name" label={f('channels.name')} />
          <TextField source="value" label={f('channels.value')} emptyText="—" />
          <FunctionField source="languages" label={f('channels.languages')} render={(r: Channel) => <LanguageChips languages={r.languages} />} />
          <TextField source="note" label={f('channels.note')} emptyText="—" />
        </EmbeddedTable>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.models.tabs.duties" path="duties">
        <ResponsibilitiesView label={false} />
        <FundingView label={false} />
        <LegalBasisChainView label={false} />
        <RecipientsView label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.models.tabs.plan" path="plan">
        <EmbeddedTable label={false} source="steps" sx={{ '& .column-dueOn': { whiteSpace: 'nowrap' }, '& .column-title': wrap(320), '& .column-note': wrap(240) }}>
          <TextField source="order" label={f('steps.order')} />
          {/* The state and the due day first, so a phone shows them without scrolling sideways. */}
          <FunctionField source="dueState" label={f('steps.dueState')} render={(r: RolloutStep) => <DueChip state={r.dueState} />} />
          <LocalDateField source="dueOn" label={f('steps.dueOn')} />
          <TextField source="title" label={f('steps.title')} />
          <LocalDateField source="doneOn" label={f('steps.doneOn')} />
          <TextField source="note" label={f('steps.note')} emptyText="—" />
        </EmbeddedTable>
        <EmbeddedTable label={false} source="components" sx={{ '& .column-title': wrap(220), '& .column-description': wrap(420) }}>
          <TextField source="title" label={f('components.title')} />
          <TextField source="description" label={f('components.description')} />
          <TextField source="place" label={f('components.place')} emptyText="—" />
        </EmbeddedTable>
        <EmbeddedTable label={false} source="targets" sx={{ '& .column-title': wrap(320) }}>
          <TextField source="title" label={f('targets.title')} />
          <FunctionField source="goal" label={f('targets.goal')} render={() => <TargetGoalText />} />
          <TextField source="note" label={f('targets.note')} emptyText="—" />
        </EmbeddedTable>
        <EmbeddedTable label={false} source="deadlines" sx={{ '& .column-due': { whiteSpace: 'nowrap' }, '& .column-note': wrap(320) }}>
          <TextField source="title" label={f('deadlines.title')} />
          <LocalDateField source="due" label={f('deadlines.due')} />
          <SelectField source="step" label={f('deadlines.step')} choices={enumChoices('DeadlineStep')} />
          <TextField source="note" label={f('deadlines.note')} emptyText="—" />
        </EmbeddedTable>
        <EmbeddedTable label={false} source="documents" sx={{ '& .column-title': wrap(360), '& .column-date, & .column-number': { whiteSpace: 'nowrap' } }}>
          <TextField source="number" label={f('documents.number')} emptyText="—" sx={{ whiteSpace: 'nowrap' }} />
          <LocalDateField source="date" label={f('documents.date')} />
          <TextField source="issuer" label={f('documents.issuer')} emptyText="—" />
          <TextField source="title" label={f('documents.title')} emptyText="—" />
          <TextField source="basedOn" label={f('documents.basedOn')} emptyText="—" sx={{ whiteSpace: 'nowrap' }} />
        </EmbeddedTable>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.models.tabs.figures" path="figures">
        <FiguresTable label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.models.tabs.meetings" path="meetings">
        <ModelMeetings />
        <ModelMeetingSchedules />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.models.tabs.rewards" path="rewards">
        <ModelRewards />
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
