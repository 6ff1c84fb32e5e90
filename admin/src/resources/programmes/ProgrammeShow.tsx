import {
  ArrayField,
  Datagrid,
  FunctionField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { Deadline, Programme, Target } from '../../../../rules/contract';
import { enumChoices } from '../../common/enums';
import { EmptyNote } from '../../common/EmptyNote';
import { historyTab } from '../../common/RecordHistory';
import { dueText, goalText } from './format';
import { DateTimeField } from '../../common/DateTimeField';
import { ListDatagrid } from '../../common/ListDatagrid';
import { LegalBasisChainView, RecipientsView, ResponsibilitiesView } from '../models/planData';

/** Datagrid reads a column's header from its element's props, so callers pass source and label. */
interface ColumnProps {
  source: string;
  label: string;
  textAlign?: 'left' | 'right' | 'center';
}

const GoalField = (props: ColumnProps) => {
  const [locale] = useLocaleState();
  return <FunctionField<Target> {...props} render={(t) => goalText(t, locale)} />;
};

const DueField = (props: ColumnProps) => {
  const translate = useTranslate();
  return <FunctionField<Deadline> {...props} render={(d) => dueText(d.due, translate)} />;
};

/** Short columns keep to one line; the long texts take the rest. */
const tableSx = {
  '& .column-number, & .column-date, & .column-comparison, & .column-goal, & .column-unit, & .column-due': { whiteSpace: 'nowrap' },
} as const;

export const ProgrammeShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.details">
          <TextField source="code" />
          <TextField source="name" />
          <SelectField source="ratedLevel" choices={enumChoices('RatedLevel')} />
          <SelectField source="recognizingLevel" choices={enumChoices('RecognizingLevel')} />
          <SelectField source="period" choices={enumChoices('AssessmentPeriod')} />
          <ReferenceField source="criteriaSetId" reference="criteriaSets" link="show" emptyText="—" />
          <TextField source="issuingUnitName" emptyText="resources.programmes.national" />
          <FunctionField<Programme>
            source="alsoRates"
            render={(p) => (p.alsoRates?.length ? p.alsoRates.map((l) => translate(`enums.RatedLevel.${l}`)).join(', ') : '—')}
          />
          <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line', display: 'block', maxWidth: 960 }} />
          <DateTimeField source="updatedAt" showTime />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.programmes.tabs.legalBasis" path="legal-basis">
          <ArrayField source="legalBasis" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false} sx={tableSx} empty={<EmptyNote message="resources.programmes.document.empty" />}>
              <TextField source="number" label="resources.programmes.document.number" emptyText="—" />
              <DateTimeField source="date" label="resources.programmes.document.date" emptyText="—" />
              <TextField source="issuer" label="resources.programmes.document.issuer" emptyText="—" />
              <TextField source="title" label="resources.programmes.document.title" emptyText="—" />
              <TextField source="basedOn" label="resources.programmes.document.basedOn" emptyText="—" sx={{ whiteSpace: 'nowrap' }} />
            </Datagrid>
          </ArrayField>
          <LegalBasisChainView label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.programmes.tabs.duties" path="duties">
          <ResponsibilitiesView label={false} />
          <RecipientsView label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.programmes.tabs.targets" path="targets">
          <ArrayField source="targets" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false} sx={tableSx} empty={<EmptyNote message="resources.programmes.target.empty" />}>
              <TextField source="title" label="resources.programmes.target.title" />
              <SelectField source="comparison" label="resources.programmes.target.comparison" choices={enumChoices('TargetComparison')} />
              <GoalField source="goal" label="resources.programmes.target.goal" textAlign="right" />
              <TextField source="unit" label="resources.programmes.target.unit" />
              <TextField source="metric" label="resources.programmes.target.metric" sx={{ fontFamily: 'monospace' }} />
              <TextField source="note" label="resources.programmes.target.note" emptyText="—" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.programmes.tabs.deadlines" path="deadlines">
          <ArrayField source="deadlines" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false} sx={tableSx} empty={<EmptyNote message="resources.programmes.deadline.empty" />}>
              <TextField source="title" label="resources.programmes.deadline.title" />
              <DueField source="due" label="resources.programmes.deadline.due" />
              <SelectField source="step" label="resources.programmes.deadline.step" choices={enumChoices('DeadlineStep')} />
              <TextField source="note" label="resources.programmes.deadline.note" emptyText="—" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.programmes.tabs.models" path="models">
          <ReferenceManyField reference="models" target="programmeId" label={false} sort={{ field: 'name', order: 'ASC' }} pagination={<Pagination />}>
            <ListDatagrid rowClick="show" bulkActionButtons={false} empty={<EmptyNote message="resources.programmes.model.empty" />}>
              <TextField source="name" label="resources.programmes.model.name" />
              <SelectField source="category" label="resources.programmes.model.category" choices={enumChoices('ModelCategory')} />
              <TextField source="unit.name" label="resources.programmes.model.unit" emptyText="—" />
              <SelectField source="status" label="resources.programmes.model.status" choices={enumChoices('ModelStatus')} />
            </ListDatagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        {historyTab}
      </TabbedShowLayout>
    </Show>
  );
};
