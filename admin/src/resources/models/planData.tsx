/**
 * A plan's structured data (issue 14), on models and programmes alike: who does what
 * (Phân công trách nhiệm), funding rows (Kinh phí, VND), documents linked by the one each
 * implements (Căn cứ → kế hoạch), recipients (Nơi nhận) and the community groups' naming rule.
 * Inputs for the forms (each locked by the field it edits) and read-only views for the show pages.
 */
import type { ReactNode } from 'react';
import { Box, Chip, InputAdornment, Stack, Typography } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import {
  ArrayInput,
  DateInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type TextInputProps,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { DocumentRef, FundingSource, Responsibility } from '../../../../rules/contract';
import { CountInput } from '../../common/KeypadInputs';

const k = (key: string) => `resources.models.plan_data.${key}`;
/** Labels shared by both resources (a programme's form reads the models' messages). */
export const planLabel = k;

/** The placeholder a naming rule stands the thôn, xóm or organisation in for (as the API checks it). */
export const UNIT_PLACEHOLDER = '{unit}';
/** The largest amount the API takes (exactly representable whole đồng). */
const MAX_VND = 1e15;

const rowSx = {
  '& .RaSimpleFormIterator-form': { flexWrap: 'wrap', alignItems: 'flex-start', rowGap: 0 },
  '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', py: 0.5 },
} as const;

const numberFormat = (locale: string) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 0 });

/** 15.000.000 ₫ (vi) or ₫15,000,000 (en); a dash for none. */
export const formatVnd = (value: number | null | undefined, locale: string): string =>
  value == null ? '—' : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(value);

/** Lines of a text area as a list (blank lines dropped when the form is saved, see cleanPlanData). */
const linesOf = (text: string | null | undefined): string[] => (text ?? '').split('\n');
const textOf = (lines: readonly string[] | null | undefined): string => (lines ?? []).join('\n');

const vndRange: Validator = (value: unknown) => (typeof value === 'number' && (value < 0 || value > MAX_VND) ? 'resources.models.plan_data.vnd_range' : undefined);

/** An amount in VND: the digit keypad, shown grouped (15.000.000) as typed; stored as a whole number. */
export const VndInput = ({ slotProps, validate, ...props }: TextInputProps) => {
  const [locale] = useLocaleState();
  const grouped = numberFormat(locale);
  return (
    <TextInput
      {...props}
      validate={[...(Array.isArray(validate) ? validate : validate ? [validate] : []), vndRange]}
      format={(v: number | null | undefined) => (v == null ? '' : grouped.format(v))}
      parse={(text: string) => {
        const digits = text.replace(/\D/g, '');
        return digits ? Number(digits) : null;
      }}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: 'numeric', pattern: '[0-9.,]*', ...(slotProps as { htmlInput?: object } | undefined)?.htmlInput },
        input: { endAdornment: <InputAdornment position="end">₫</InputAdornment> },
      }}
    />
  );
};

/** Must contain {unit}, at most 300 characters (the API's rule). */
const namingRule: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() && !value.includes(UNIT_PLACEHOLDER) ? 'resources.models.plan_data.naming_rule_placeholder' : undefined;

/** The name a rule gives a group of a sample thôn, as a preview under the input. */
const NamingPreview = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const rule = useWatch({ name: source }) as string | null | undefined;
  if (!rule?.includes(UNIT_PLACEHOLDER)) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: -1, mb: 1 }}>
      {translate(k('naming_rule_preview'), { name: rule.split(UNIT_PLACEHOLDER).join(translate(k('naming_rule_sample_unit'))) })}
    </Typography>
  );
};

export const NamingRuleInput = ({ disabled }: { disabled?: boolean }) => (
  <Box width="100%">
    <TextInput
      source="groupNamingRule"
      label={k('groupNamingRule')}
      helperText={k('naming_rule_help')}
      validate={[namingRule, maxLength(300)]}
      parse={(v: string) => (v.trim() ? v : null)}
      disabled={disabled}
      fullWidth
    />
    <NamingPreview source="groupNamingRule" />
  </Box>
);
NamingRuleInput.lockedBy = 'groupNamingRule';

/** Nơi nhận, one per line as the document lists them. */
export const RecipientsInput = ({ disabled }: { disabled?: boolean }) => (
  <TextInput
    source="recipients"
    label={k('recipients')}
    helperText={k('recipients_help')}
    multiline
    minRows={3}
    format={textOf}
    parse={linesOf}
    disabled={disabled}
    fullWidth
  />
);
RecipientsInput.lockedBy = 'recipients';

/** Phân công trách nhiệm: a body per row, its duties one per line. */
export const ResponsibilitiesInput = ({ disabled }: { disabled?: boolean }) => (
  <ArrayInput source="responsibilities" label={k('responsibilities')} helperText={disabled ? false : k('duties_help')}>
    <SimpleFormIterator inline disabled={disabled} disableClear sx={rowSx}>
      <TextInput source="body" label={k('body')} validate={[required(), maxLength(300)]} helperText={false} sx={{ flex: '1 1 260px' }} />
      <TextInput source="duties" label={k('duties')} multiline minRows={2} format={textOf} parse={linesOf} helperText={false} sx={{ flex: '1 1 520px' }} />
      <TextInput source="note" label={k('note')} multiline maxRows={3} helperText={false} sx={{ flex: '1 1 220px' }} />
    </SimpleFormIterator>
  </ArrayInput>
);
ResponsibilitiesInput.lockedBy = 'responsibilities';

/** Kinh phí: source, legal basis, year, planned and spent (VND, the digit keypad). */
export const FundingInput = ({ disabled }: { disabled?: boolean }) => (
  <ArrayInput source="funding" label={k('funding')} helperText={disabled ? false : k('funding_help')}>
    <SimpleFormIterator inline disabled={disabled} disableClear sx={rowSx}>
      <TextInput source="source" label={k('source')} validate={[required(), maxLength(500)]} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 420px' }} />
      <TextInput source="legalBasis" label={k('legalBasis')} validate={maxLength(300)} helperText={false} sx={{ flex: '1 1 260px' }} />
      <CountInput source="year" label={k('year')} min={2000} max={2100} helperText={false} sx={{ width: 110 }} />
      <VndInput source="plannedAmount" label={k('plannedAmount')} helperText={false} sx={{ width: 200 }} />
      <VndInput source="spentAmount" label={k('spentAmount')} helperText={false} sx={{ width: 200 }} />
      <TextInput source="note" label={k('note')} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 300px' }} />
    </SimpleFormIterator>
  </ArrayInput>
);
FundingInput.lockedBy = 'funding';

/** Documents (a model's documents, a programme's legal basis) with the one each implements. */
export const DocumentsInput = ({ source, disabled, labels }: { source: 'documents' | 'legalBasis'; disabled?: boolean; labels: (field: string) => string }) => (
  <ArrayInput source={source} helperText={disabled ? false : k('based_on_help')}>
    <SimpleFormIterator inline disabled={disabled} disableClear sx={rowSx}>
      <TextInput source="number" label={labels('number')} helperText={false} sx={{ width: 180 }} />
      <DateInput source="date" label={labels('date')} helperText={false} sx={{ width: 180 }} />
      <TextInput source="issuer" label={labels('issuer')} helperText={false} sx={{ width: 240 }} />
      <TextInput source="title" label={labels('title')} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 380px' }} />
      <TextInput source="basedOn" label={k('basedOn')} helperText={false} sx={{ flex: '1 1 220px' }} />
    </SimpleFormIterator>
  </ArrayInput>
);

/** Blank lines of duties and recipients dropped, an empty naming rule cleared: what the API takes. */
export function cleanPlanData<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  const lines = (v: unknown) => (Array.isArray(v) ? v.map((s) => String(s).trim()).filter(Boolean) : v);
  if (Array.isArray(out.recipients)) out.recipients = lines(out.recipients);
  if (Array.isArray(out.responsibilities)) out.responsibilities = (out.responsibilities as Responsibility[]).map((r) => ({ ...r, duties: lines(r.duties ?? []) }));
  if (typeof out.groupNamingRule === 'string' && !out.groupNamingRule.trim()) out.groupNamingRule = null;
  return out as T;
}

// ------------------------------------------------------------------- views

const Heading = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
    {children}
  </Typography>
);

const Nothing = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.models.no_items')}
    </Typography>
  );
};

type PlanRecord = { responsibilities?: Responsibility[] | null; funding?: FundingSource[] | null; recipients?: string[] | null; groupNamingRule?: string | null; legalBasisChain?: DocumentRef[] | null };

/** Each body with its duties as a list: readable on a phone without a wide table. */
export const ResponsibilitiesView = (_props: { label?: false }) => {
  const record = useRecordContext<PlanRecord>();
  const translate = useTranslate();
  const rows = record?.responsibilities ?? [];
  return (
    <Box>
      <Heading>{translate(k('responsibilities'))}</Heading>
      {!rows.length && <Nothing />}
      <Stack spacing={1.5} sx={{ maxWidth: 980 }}>
        {rows.map((r, i) => (
          <Box key={`${r.body}-${i}`} data-testid="responsibility">
            <Typography variant="body2" fontWeight={600}>
              {i + 1}. {r.body}
            </Typography>
            <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
              {r.duties.map((d, j) => (
                <Typography component="li" variant="body2" key={j}>
                  {d}
                </Typography>
              ))}
            </Box>
            {r.note && (
              <Typography variant="caption" color="text.secondary">
                {r.note}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
    </Box>
  );
};

/** Funding rows with amounts in VND and, where any amount is known, the totals. */
export const FundingView = (_props: { label?: false }) => {
  const record = useRecordContext<PlanRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows = record?.funding ?? [];
  const sum = (pick: (f: FundingSource) => number | null | undefined) => (rows.some((f) => pick(f) != null) ? rows.reduce((t, f) => t + (pick(f) ?? 0), 0) : null);
  const planned = sum((f) => f.plannedAmount);
  const spent = sum((f) => f.spentAmount);
  const cell = { py: 0.75, pr: 2, verticalAlign: 'top', borderBottom: 1, borderColor: 'divider' } as const;
  const money = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' } as const;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Heading>{translate(k('funding'))}</Heading>
      {!rows.length ? (
        <Nothing />
      ) : (
        <Box component="table" sx={{ borderCollapse: 'collapse', typography: 'body2', minWidth: 640, maxWidth: 1200 }}>
          <thead>
            <tr>
              {['source', 'legalBasis', 'year', 'plannedAmount', 'spentAmount', 'note'].map((c) => (
                <Box component="th" key={c} sx={{ ...cell, fontWeight: 600, textAlign: c.endsWith('Amount') ? 'right' : 'left' }}>
                  {translate(k(c))}
                </Box>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((f, i) => (
              <tr key={i}>
                <Box component="td" sx={{ ...cell, minWidth: 260 }}>
                  {f.source}
                </Box>
                <Box component="td" sx={{ ...cell, minWidth: 160 }}>
                  {f.legalBasis ?? '—'}
                </Box>
                <Box component="td" sx={cell}>
                  {f.year ?? '—'}
                </Box>
                <Box component="td" sx={money}>
                  {formatVnd(f.plannedAmount, locale)}
                </Box>
                <Box component="td" sx={money}>
                  {formatVnd(f.spentAmount, locale)}
                </Box>
                <Box component="td" sx={{ ...cell, minWidth: 200, color: 'text.secondary' }}>
                  {f.note ?? '—'}
                </Box>
              </tr>
            ))}
            {(planned != null || spent != null) && (
              <tr>
                <Box component="td" colSpan={3} sx={{ ...cell, fontWeight: 600 }}>
                  {translate(k('total'))}
                </Box>
                <Box component="td" sx={{ ...money, fontWeight: 600 }}>
                  {formatVnd(planned, locale)}
                </Box>
                <Box component="td" sx={{ ...money, fontWeight: 600 }}>
                  {formatVnd(spent, locale)}
                </Box>
                <Box component="td" sx={cell} />
              </tr>
            )}
          </tbody>
        </Box>
      )}
    </Box>
  );
};

const refText = (d: DocumentRef) => [d.number, d.title].filter(Boolean).join(' – ') || '—';

/** Căn cứ → … → the record's own plan, as the API computes it from the documents' basedOn. */
export const LegalBasisChainView = (_props: { label?: false }) => {
  const record = useRecordContext<PlanRecord>();
  const translate = useTranslate();
  const chain = record?.legalBasisChain ?? [];
  return (
    <Box>
      <Heading>{translate(k('legalBasisChain'))}</Heading>
      {!chain.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate(k('no_chain'))}
        </Typography>
      ) : (
        <Box display="flex" alignItems="center" flexWrap="wrap" gap={1} data-testid="legal-basis-chain">
          {chain.map((d, i) => (
            <Box key={i} display="flex" alignItems="center" gap={1}>
              {i > 0 && <ArrowForwardIcon fontSize="small" color="action" aria-label={translate(k('implemented_by'))} />}
              <Chip
                variant={i === chain.length - 1 ? 'filled' : 'outlined'}
                label={d.number ?? (d.title && d.title.length > 60 ? `${d.title.slice(0, 60)}…` : (d.title ?? '—'))}
                title={refText(d)}
                sx={{ maxWidth: '100%' }}
              />
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};

/** Nơi nhận as listed, and the groups' naming rule. */
export const RecipientsView = (_props: { label?: false }) => {
  const record = useRecordContext<PlanRecord>();
  const translate = useTranslate();
  const recipients = record?.recipients ?? [];
  return (
    <Box>
      <Heading>{translate(k('recipients'))}</Heading>
      {!recipients.length ? (
        <Nothing />
      ) : (
        <Box component="ul" sx={{ my: 0, pl: 3 }}>
          {recipients.map((r, i) => (
            <Typography component="li" variant="body2" key={i}>
              {r}
            </Typography>
          ))}
        </Box>
      )}
      <Heading>{translate(k('groupNamingRule'))}</Heading>
      <Typography variant="body2" sx={{ fontFamily: record?.groupNamingRule ? 'monospace' : undefined }} color={record?.groupNamingRule ? undefined : 'text.secondary'}>
        {record?.groupNamingRule ?? translate(k('no_naming_rule'))}
      </Typography>
    </Box>
  );
};
