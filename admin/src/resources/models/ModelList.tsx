import { Alert } from '@mui/material';
import { AutocompleteInput, FunctionField, ReferenceInput, SearchInput, SelectField, SelectInput, TextField, useCanAccess, useTranslate } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Model } from '../../../../rules/contract';
import { DateTimeField } from '../../common/DateTimeField';
import { UnitText } from './modelFields';
import { ListDatagrid } from '../../common/ListDatagrid';
import { DueStateField } from '../../dashboard/due';

const byName = (q: string) => (q ? { q } : {});

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <WardInput key="wardId" source="wardId" alwaysOn />,
  <NeighbourhoodInput key="neighbourhoodId" source="neighbourhoodId" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('ModelStatus')} alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('ModelCategory')} />,
  <ReferenceInput key="programmeId" source="programmeId" reference="programmes" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={byName} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

/** The unit's level, shown under its name in the list, is a column of its own in the export. */
const exportColumns: Array<ExportColumn<Model>> = [
  { source: 'name' },
  { source: 'category', enum: 'ModelCategory' },
  { source: 'unit.name' },
  { source: 'unitLevel', enum: 'UnitLevel' },
  { source: 'status', enum: 'ModelStatus' },
  { source: 'dueState', enum: 'DueState' },
  { source: 'nextDueOn' },
  { source: 'programme.name' },
  { source: 'leadBody' },
  { source: 'updatedAt', type: 'datetime' },
];

/**
 * No model at all, for someone who may not add one (a head): say why and who records models,
 * instead of react-admin's "add one?" without a button.
 */
const NoModelsYet = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ m: 2 }} data-testid="no-models">
      {translate('resources.models.no_models_for_head')}
    </Alert>
  );
};

/** Sortable (ModelFilter): name, status, createdAt, updatedAt. */
export const ModelList = () => {
  const { canAccess: mayCreate } = useCanAccess({ resource: 'models', action: 'create' });
  return (
    <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }} empty={mayCreate === false ? <NoModelsYet /> : undefined}>
      <ListDatagrid
        rowClick="show"
        sx={{
          '& .RaDatagrid-headerCell': { whiteSpace: 'nowrap' },
          '& .column-name': { minWidth: 220 },
          '& .column-category': { minWidth: 130 },
          '& .column-unit\\.name': { minWidth: 150 },
          '& .column-status, & .column-updatedAt': { whiteSpace: 'nowrap' },
          '& .column-leadBody': { minWidth: 160 },
        }}
      >
        <TextField source="name" />
        <SelectField source="category" choices={enumChoices('ModelCategory')} />
        <FunctionField source="unit.name" render={() => <UnitText />} />
        <SelectField source="status" choices={enumChoices('ModelStatus')} />
        <DueStateField source="dueState" label="resources.models.fields.dueState" sortable={false} />
        <TextField source="programme.name" emptyText="—" />
        <TextField source="leadBody" emptyText="—" />
        <DateTimeField source="updatedAt" />
      </ListDatagrid>
    </ResourceList>
  );
};
