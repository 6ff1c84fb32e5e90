/**
 * The Báo cáo section's home: the list of reports, and beside it (a tab, in the URL as
 * ?view=completeness) which units below have reported for a period. On a phone the list is a
 * simple list of cards rather than a table wider than the screen.
 */
import { Box, Tab, Tabs, useMediaQuery, type Theme } from '@mui/material';
import { FunctionField, NumberInput, SearchInput, SelectInput, SimpleList, TextField, useLocation, useNavigate, useTranslate } from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { ListDatagrid } from '../../common/ListDatagrid';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { PeriodReport } from '../../../../rules/contract';
import { enumValuesOf } from '../../providers/dataProvider';
import { Completeness } from './Completeness';
import { kindChoices, periodLabel } from './period';
import { ReportStatusChip, ReportStatusField } from './StatusChip';

export const statusChoices = enumValuesOf('PeriodReportStatus').map((id) => ({ id, name: `resources.periodReports.statuses.${id}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <NumberInput key="year" source="year" sx={{ width: 110 }} />,
  <SelectInput key="periodKind" source="periodKind" choices={kindChoices(true)} />,
  <ProvinceInput key="provinceId" source="provinceId" />,
  <WardInput key="wardId" source="wardId" />,
  <NeighbourhoodInput key="neighbourhoodId" source="neighbourhoodId" />,
];

const ReportList = () => {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const exportColumns: Array<ExportColumn<PeriodReport>> = [
    { source: 'unit.name' },
    { source: 'period', value: (r) => periodLabel(translate, r) },
    { source: 'from', type: 'date' },
    { source: 'to', type: 'date' },
    { source: 'status', choices: statusChoices },
    { source: 'number' },
    { source: 'title' },
    { source: 'updatedAt', type: 'datetime' },
  ];
  return (
    <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'from', order: 'DESC' }}>
      {phone ? (
        <SimpleList<PeriodReport>
          linkType="show"
          primaryText={(r) => r.unit?.name ?? '—'}
          secondaryText={(r) => [periodLabel(translate, r), r.number].filter(Boolean).join(' · ')}
          tertiaryText={(r) => <ReportStatusChip status={r.status} />}
        />
      ) : (
        <ListDatagrid rowClick="show">
          <TextField source="unit.name" emptyText="—" />
          <FunctionField label="resources.periodReports.fields.period" sortBy="from" render={(r: PeriodReport) => periodLabel(translate, r)} />
          <ReportStatusField label="resources.periodReports.fields.status" source="status" />
          <TextField source="number" emptyText="—" />
          <DateTimeField source="updatedAt" showTime />
        </ListDatagrid>
      )}
    </ResourceList>
  );
};

export const PeriodReportList = () => {
  const translate = useTranslate();
  const location = useLocation();
  const navigate = useNavigate();
  const view = new URLSearchParams(location.search).get('view') === 'completeness' ? 'completeness' : 'list';
  return (
    <Box sx={{ minWidth: 0 }}>
      <Tabs value={view} onChange={(_e, next: string) => navigate({ search: next === 'completeness' ? '?view=completeness' : '' })} variant="scrollable" allowScrollButtonsMobile>
        <Tab value="list" label={translate('resources.periodReports.tabs.list')} data-testid="reports-tab-list" />
        <Tab value="completeness" label={translate('resources.periodReports.tabs.completeness')} data-testid="reports-tab-completeness" />
      </Tabs>
      {view === 'list' ? <ReportList /> : <Completeness />}
    </Box>
  );
};
