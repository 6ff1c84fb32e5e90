import { useState } from 'react';
import { Box, Button, Collapse } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import { BooleanInput, SearchInput, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Report } from '../../../../rules/contract';
import { categoryChoices, statusChoices } from './choices';
import { ReportHotspots } from './ReportHotspots';
import { overdueRowSx, ReportStatusField } from './ReportStatusChip';
import { ListDatagrid } from '../../common/ListDatagrid';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <WardInput key="wardId" source="wardId" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="category" source="category" choices={categoryChoices} sx={{ minWidth: 200 }} />,
  // On: only overdue reports; off: no filter (not "only those on time").
  <BooleanInput key="overdue" source="overdue" alwaysOn parse={(v: boolean) => (v ? true : null)} format={(v: unknown) => v === true} sx={{ mb: 1 }} />,
];

const HotspotsToggle = ({ hotspots, toggle }: { hotspots: boolean; toggle: () => void }) => {
  const translate = useTranslate();
  return (
    <Button size="small" startIcon={<InsightsIcon />} onClick={toggle} data-testid="hotspots-toggle">
      {translate(hotspots ? 'resources.reports.hotspots.hide' : 'resources.reports.hotspots.show')}
    </Button>
  );
};

/** Overdue, a red tint in the list, is a yes/no column in the export. */
const exportColumns: Array<ExportColumn<Report>> = [
  { source: 'code' },
  { source: 'createdAt', type: 'datetime' },
  { source: 'category', choices: categoryChoices },
  { source: 'unit.name' },
  { source: 'establishment.name' },
  { source: 'status', choices: statusChoices },
  { source: 'overdue', type: 'boolean' },
  { source: 'dueAt', type: 'datetime' },
];

/** The ward police's inbox: newest first, overdue rows tinted red, hot spots above. */
export const ReportList = () => {
  const [hotspots, setHotspots] = useState(true);
  return (
    <ResourceList
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exportColumns={exportColumns}
      actions={<HotspotsToggle hotspots={hotspots} toggle={() => setHotspots((h) => !h)} />}
    >
      <Collapse in={hotspots} unmountOnExit>
        <Box sx={{ p: 2, borderBottom: 1, borderColor: 'divider' }}>
          <ReportHotspots />
        </Box>
      </Collapse>
      <ListDatagrid rowClick="show" rowSx={overdueRowSx} bulkActionButtons={false}>
        <TextField source="code" />
        <DateTimeField source="createdAt" showTime />
        <SelectField source="category" choices={categoryChoices} />
        <TextField source="unit.name" emptyText="—" />
        <TextField source="establishment.name" emptyText="—" />
        <ReportStatusField source="status" label="resources.reports.fields.status" />
        <DateTimeField source="dueAt" showTime />
      </ListDatagrid>
    </ResourceList>
  );
};
