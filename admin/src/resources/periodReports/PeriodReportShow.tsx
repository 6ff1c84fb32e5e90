/**
 * A report as its reader needs it: what it is (unit, period, status, number, title) with its
 * documents to download; then its computed sections, its narrative, Phụ lục 2 and the document's
 * details in tabs, and the change history. Beside it (above it on a phone) the workflow panel.
 */
import { asideBelowOnPhone } from '../../common/layout';
import type { ReactNode } from 'react';
import { Box, Card, CardContent, Chip, Divider, Stack, Typography } from '@mui/material';
import { DeleteButton, EditButton, Loading, Show, TabbedShowLayout, TabbedShowLayoutTabs, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { EmptyNote } from '../../common/EmptyNote';
import { historyTab } from '../../common/RecordHistory';
import type { PeriodReport } from '../../../../rules/contract';
import { ComputedSections, Section, useInstant } from './ComputedSections';
import { DownloadButtons } from './DownloadButtons';
import { dayText, periodLabel } from './period';
import { ReportStatusChip } from './StatusChip';
import { WorkflowPanel } from './WorkflowPanel';

type Report = PeriodReport & { id: string };
const f = (field: string) => `resources.periodReports.fields.${field}`;

const Header = () => {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box display="flex" flexDirection="column" gap={1} width="100%" data-testid="report-header">
      <Stack direction="row" useFlexGap flexWrap="wrap" alignItems="center" gap={1}>
        <Typography variant="h5" component="h1" sx={{ fontSize: { xs: '1.3rem', sm: '1.5rem' } }}>
          {record.unit?.name}
        </Typography>
        <ReportStatusChip status={record.status} />
        {record.isSample && <Chip size="small" variant="outlined" label={translate('app.common.sample')} />}
      </Stack>
      <Typography variant="subtitle1" data-testid="report-period">
        {periodLabel(translate, record)}
        <Typography component="span" variant="body2" color="text.secondary">
          {' · '}
          {translate('resources.periodReports.period.bounds', { from: dayText(record.from), to: dayText(record.to) })}
        </Typography>
      </Typography>
      <Typography variant="body2">
        {record.number ? `${translate(f('number'))}: ${record.number} · ` : ''}
        {record.title}
      </Typography>
      <DownloadButtons reportId={record.id} />
    </Box>
  );
};

/** A long text as written (line breaks kept), or a quiet "Chưa viết." */
const Text = ({ value }: { value?: string | null }) =>
  value?.trim() ? (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      {value}
    </Typography>
  ) : (
    <EmptyNote message="resources.periodReports.sections.no_narrative" sx={{ py: 0 }} />
  );

const Narrative = () => {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return (
    <Box display="flex" flexDirection="column" gap={3} width="100%" data-testid="report-narrative">
      {(['results', 'problems', 'requests', 'nextPlan'] as const).map((field) => (
        <Section key={field} title={f(field)} testId={`narrative-${field}`}>
          <Text value={record[field]} />
        </Section>
      ))}
    </Box>
  );
};

/** Phụ lục 2: a card per model, its columns as labelled paragraphs (a table of 8 columns does not fit a phone). */
const Annex = () => {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  if (!record) return null;
  const s = 'resources.periodReports.sections';
  const requestsTo = record.requestsTo ?? record.addressee;
  const columns = [
    { key: 'context', label: translate(`${s}.annex_context`) },
    { key: 'results', label: translate(`${s}.annex_results`) },
    { key: 'problems', label: translate(`${s}.annex_problems`) },
    { key: 'nextPlan', label: record.nextPlanPeriod ? translate(`${s}.annex_next_plan`, { period: record.nextPlanPeriod }) : translate(`${s}.annex_next_plan_plain`) },
    { key: 'requests', label: requestsTo ? translate(`${s}.annex_requests`, { to: requestsTo }) : translate(`${s}.annex_requests_plain`) },
  ] as const;
  if (!record.data) return <Loading />;
  if (!record.data.annex.length) return <EmptyNote message={`${s}.annex_empty`} />;
  return (
    <Box display="flex" flexDirection="column" gap={2} width="100%" data-testid="report-annex">
      {record.data.annex.map((row, i) => (
        <Card key={row.modelId} variant="outlined" data-testid="annex-row">
          <CardContent sx={{ '&:last-child': { pb: 2 } }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {i + 1}. {row.name}
            </Typography>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {translate(`${s}.annex_unit`)}: {row.unitName}
            </Typography>
            {columns.map(({ key, label }) => (
              <Box key={key} mt={1}>
                <Typography variant="caption" color="text.secondary" sx={{ fontWeight: 600 }}>
                  {label}
                </Typography>
                <Text value={row[key]} />
              </Box>
            ))}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
};

const Item = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Box sx={{ overflowWrap: 'anywhere' }}>{children}</Box>
    </Box>
  );
};

const Lines = ({ lines }: { lines: string[] }) =>
  lines.length ? (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {lines.map((line, i) => (
        <Typography component="li" variant="body2" key={`${i}-${line}`}>
          {line}
        </Typography>
      ))}
    </Box>
  ) : (
    <Typography variant="body2">—</Typography>
  );

const DocumentDetails = () => {
  const record = useRecordContext<Report>();
  const instant = useInstant();
  if (!record) return null;
  const text = (v?: string | null) => <Typography variant="body2">{v?.trim() ? v : '—'}</Typography>;
  return (
    <Box display="flex" flexDirection="column" gap={1.5} width="100%" data-testid="report-document">
      <Item label={f('title')}>{text(record.title)}</Item>
      <Item label={f('number')}>{text(record.number)}</Item>
      <Item label={f('place')}>{text(record.place)}</Item>
      <Item label={f('issuedOn')}>{text(record.issuedOn && dayText(record.issuedOn))}</Item>
      <Item label={f('addressee')}>{text(record.addressee)}</Item>
      <Item label={f('basis')}>
        <Lines lines={record.basis} />
      </Item>
      <Item label={f('signerTitle')}>{text(record.signerTitle)}</Item>
      <Item label={f('signerName')}>{text(record.signerName)}</Item>
      <Item label={f('recipients')}>
        <Lines lines={record.recipients} />
      </Item>
      <Item label={f('requestsTo')}>{text(record.requestsTo)}</Item>
      <Item label={f('nextPlanPeriod')}>{text(record.nextPlanPeriod)}</Item>
      <Divider />
      <Item label={f('createdAt')}>{text(instant(record.createdAt))}</Item>
      <Item label={f('updatedAt')}>{text(instant(record.updatedAt))}</Item>
    </Box>
  );
};

/**
 * Edit and delete as the record's own access says, read on every render: react-admin's access
 * check is cached per record id, so it would still offer them just after the report was sent.
 */
const ShowActions = () => {
  const record = useRecordContext<Report>();
  return (
    <TopToolbar>
      {record?.access.update && <EditButton />}
      {record?.access.delete && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
};

const t = 'resources.periodReports.tabs';

export const PeriodReportShow = () => (
  <Show
    actions={<ShowActions />}
    aside={<WorkflowPanel />}
    sx={asideBelowOnPhone}
  >
    <CardContent sx={{ pb: 0 }}>
      <Header />
    </CardContent>
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
      <TabbedShowLayout.Tab label={`${t}.figures`}>
        <ComputedSections />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={`${t}.narrative`} path="narrative">
        <Narrative />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={`${t}.annex`} path="annex">
        <Annex />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={`${t}.document`} path="document">
        <DocumentDetails />
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
