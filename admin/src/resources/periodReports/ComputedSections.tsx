/**
 * A report's computed sections as readable tables: models by category and status, the
 * milestones reached in the period, the models' figures (total and parts), assessments per
 * programme and status, the public reports received, the targets and the funding (Kinh phí). Enums read by their labels.
 */
import type { ReactNode } from 'react';
import { Alert, Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Loading, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { FigureTotal, PeriodReport, PeriodReportData } from '../../../../rules/contract';
import { formatInstant } from '../../../../rules/dates';
import { enumValuesOf } from '../../providers/dataProvider';
import { EmptyNote } from '../../common/EmptyNote';
import { FundingTable } from '../../dashboard/FundingPanel';
import { useBasis, useFormats } from '../../dashboard/i18n';

/** An instant in the console's language and Vietnam's time, whatever the browser's zone (as DateTimeField shows it). */
export function useInstant() {
  const [locale] = useLocaleState();
  return (at: string) => formatInstant(at, locale === 'en' ? 'en' : 'vi');
}

/** "17 camera (Tổ dân phố 3/2: 12; Chợ Thảo Nguyên: 5)". */
export const figureText = (f: Pick<FigureTotal, 'total' | 'unit' | 'parts'>, number: (n: number) => string) =>
  `${number(f.total)} ${f.unit}${f.parts.length ? ` (${f.parts.map((p) => `${p.label}: ${number(p.value)}`).join('; ')})` : ''}`;

export const Section = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" data-testid={testId} sx={{ minWidth: 0 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** A table that scrolls inside itself rather than widen the page. */
const SmallTable = ({ head, children }: { head: string[]; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            {head.map((h, i) => (
              <TableCell key={h} align={i === 1 ? 'right' : 'left'}>
                {translate(h)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
};

/** Counts grouped by a key, in the order of `order`, each with its parts "Đang hoạt động: 3 · Tạm dừng: 1". */
function grouped<T>(items: T[], key: (t: T) => string, part: (t: T) => string, count: (t: T) => number, order: string[], partOrder: string[]) {
  const groups = new Map<string, { total: number; parts: Map<string, number> }>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? { total: 0, parts: new Map<string, number>() };
    group.total += count(item);
    group.parts.set(part(item), (group.parts.get(part(item)) ?? 0) + count(item));
    groups.set(key(item), group);
  }
  const rank = (list: string[], k: string) => (list.includes(k) ? list.indexOf(k) : list.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(order, a) - rank(order, b) || a.localeCompare(b))
    .map(([k, g]) => ({ key: k, total: g.total, parts: [...g.parts.entries()].sort(([a], [b]) => rank(partOrder, a) - rank(partOrder, b)) }));
}

const Models = ({ data }: { data: PeriodReportData }) => {
  const translate = useTranslate();
  const { number } = useFormats();
  if (!data.models.length) return <EmptyNote message="resources.periodReports.sections.empty" />;
  const rows = grouped(data.models, (m) => m.category, (m) => m.status, (m) => m.count, enumValuesOf('ModelCategory'), enumValuesOf('ModelStatus'));
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const s = 'resources.periodReports.sections';
  return (
    <SmallTable head={[`${s}.category`, `${s}.count`, `${s}.by_status`]}>
      {rows.map((r) => (
        <TableRow key={r.key}>
          <TableCell>{translate(`enums.ModelCategory.${r.key}`, { _: r.key })}</TableCell>
          <TableCell align="right">{number(r.total)}</TableCell>
          <TableCell>{r.parts.map(([status, n]) => `${translate(`enums.ModelStatus.${status}`, { _: status })}: ${number(n)}`).join(' · ')}</TableCell>
        </TableRow>
      ))}
      <TableRow>
        <TableCell sx={{ fontWeight: 600 }}>{translate(`${s}.models_total`)}</TableCell>
        <TableCell align="right" sx={{ fontWeight: 600 }}>
          {number(total)}
        </TableCell>
        <TableCell />
      </TableRow>
    </SmallTable>
  );
};

const Changes = ({ data }: { data: PeriodReportData }) => {
  const translate = useTranslate();
  const { number } = useFormats();
  const s = 'resources.periodReports.sections';
  return (
    <SmallTable head={[`${s}.stage`, `${s}.count`]}>
      {data.modelChanges.map((c) => (
        <TableRow key={c.stage}>
          <TableCell>{translate(`${s}.stages.${c.stage}`, { _: c.stage })}</TableCell>
          <TableCell align="right">{number(c.count)}</TableCell>
        </TableRow>
      ))}
    </SmallTable>
  );
};

const Figures = ({ data }: { data: PeriodReportData }) => {
  const { number } = useFormats();
  if (!data.figures.length) return <EmptyNote message="resources.periodReports.sections.empty" />;
  const s = 'resources.periodReports.sections';
  return (
    <SmallTable head={[`${s}.indicator`, `${s}.figure_total`]}>
      {data.figures.map((f) => (
        <TableRow key={`${f.indicator}\u0000${f.unit}`} data-testid="figure-row">
          <TableCell>{f.indicator}</TableCell>
          <TableCell align="right">{figureText(f, number)}</TableCell>
        </TableRow>
      ))}
    </SmallTable>
  );
};

const Assessments = ({ data }: { data: PeriodReportData }) => {
  const translate = useTranslate();
  const { number } = useFormats();
  if (!data.assessments.length) return <EmptyNote message="resources.periodReports.sections.empty" />;
  const names = new Map(data.assessments.map((a) => [a.programmeId, a.programmeName || a.programmeCode]));
  // Programmes in the API's order (by code).
  const rows = grouped(data.assessments, (a) => a.programmeId, (a) => a.status, (a) => a.count, [...names.keys()], enumValuesOf('AssessmentStatus'));
  const s = 'resources.periodReports.sections';
  return (
    <SmallTable head={[`${s}.programme`, `${s}.count`, `${s}.by_status`]}>
      {rows.map((r) => (
        <TableRow key={r.key}>
          <TableCell>{names.get(r.key)}</TableCell>
          <TableCell align="right">{number(r.total)}</TableCell>
          <TableCell>{r.parts.map(([status, n]) => `${translate(`enums.AssessmentStatus.${status}`, { _: status })}: ${number(n)}`).join(' · ')}</TableCell>
        </TableRow>
      ))}
    </SmallTable>
  );
};

/** The targets of the programmes and of the unit's own models: goal, value and how it was measured (worded as on the dashboard). */
const Targets = ({ data }: { data: PeriodReportData }) => {
  const translate = useTranslate();
  const basisText = useBasis();
  const { percent } = useFormats();
  const targets = data.targets ?? [];
  if (!targets.length) return <EmptyNote message="resources.periodReports.sections.empty" />;
  const s = 'resources.periodReports.sections';
  return (
    <SmallTable head={[`${s}.target`, `${s}.target_value`, `${s}.target_basis`]}>
      {targets.map((t, i) => (
        <TableRow key={`${t.programmeCode ?? t.modelName ?? ''}-${i}`}>
          <TableCell>
            {t.title}
            {(t.programmeCode ?? t.modelName) && ` (${t.programmeCode ?? t.modelName})`}
          </TableCell>
          <TableCell align="right">
            {t.value == null ? '—' : percent(t.value)} / {percent(t.goal)}
            {t.met != null && ` · ${translate(t.met ? 'app.dashboard.target_met' : 'app.dashboard.target_not_met')}`}
          </TableCell>
          <TableCell>{basisText(t.basis)}</TableCell>
        </TableRow>
      ))}
    </SmallTable>
  );
};

/** Minutes as "45 phút", "2 giờ 5 phút" or "3 ngày 4 giờ". */
function useDuration() {
  const translate = useTranslate();
  const s = 'resources.periodReports.sections';
  return (minutes: number) => {
    const m = Math.round(minutes);
    if (m < 60) return translate(`${s}.minutes`, { m });
    if (m < 1440) return translate(`${s}.hours`, { h: Math.floor(m / 60), m: m % 60 });
    return translate(`${s}.days`, { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
  };
}

const PublicReports = ({ data }: { data: PeriodReportData }) => {
  const translate = useTranslate();
  const { number } = useFormats();
  const duration = useDuration();
  const p = data.publicReports;
  const s = 'resources.periodReports.sections';
  return (
    <>
      <SmallTable head={[`${s}.public_reports`, `${s}.count`]}>
        <TableRow>
          <TableCell>{translate(`${s}.received`)}</TableCell>
          <TableCell align="right">{number(p.received)}</TableCell>
        </TableRow>
        <TableRow>
          <TableCell>{translate(`${s}.answered_on_time`)}</TableCell>
          <TableCell align="right">{number(p.answeredOnTime)}</TableCell>
        </TableRow>
        <TableRow>
          <TableCell>{translate(`${s}.median_response`)}</TableCell>
          <TableCell align="right">{p.medianResponseMinutes == null ? '—' : duration(p.medianResponseMinutes)}</TableCell>
        </TableRow>
      </SmallTable>
      {p.byCategory.length > 0 && (
        <Box mt={1}>
          <SmallTable head={[`${s}.report_category`, `${s}.count`]}>
            {p.byCategory.map((c) => (
              <TableRow key={c.category}>
                <TableCell>{translate(`resources.reports.categories.${c.category}`, { _: c.category })}</TableCell>
                <TableCell align="right">{number(c.count)}</TableCell>
              </TableRow>
            ))}
          </SmallTable>
        </Box>
      )}
    </>
  );
};

export const ComputedSections = () => {
  const record = useRecordContext<PeriodReport & { id: string }>();
  const translate = useTranslate();
  const instant = useInstant();
  // Opened from the list, the record is first the list's row, which leaves the sections out (listOmit).
  if (!record) return null;
  if (!record.data) return <Loading />;
  const { data } = record;
  const frozen = record.status === 'SUBMITTED' || record.status === 'ACCEPTED';
  const s = 'resources.periodReports.sections';
  return (
    <Box display="flex" flexDirection="column" gap={3} width="100%" data-testid="computed-sections">
      <Alert severity={frozen ? 'success' : 'info'} variant="outlined">
        {translate(frozen ? `${s}.computed_frozen` : `${s}.computed_live`, { at: instant(data.computedAt) })}
      </Alert>
      <Section title={`${s}.models`} testId="section-models">
        <Models data={data} />
      </Section>
      <Section title={`${s}.changes`} testId="section-changes">
        <Changes data={data} />
      </Section>
      <Section title={`${s}.figures`} testId="section-figures">
        <Figures data={data} />
      </Section>
      <Section title={`${s}.assessments`} testId="section-assessments">
        <Assessments data={data} />
      </Section>
      <Section title={`${s}.public_reports`} testId="section-public-reports">
        <PublicReports data={data} />
      </Section>
      <Section title={`${s}.targets`} testId="section-targets">
        <Targets data={data} />
      </Section>
      <Section title={`${s}.funding`} testId="section-funding">
        <FundingTable funding={data.funding} />
      </Section>
    </Box>
  );
};
