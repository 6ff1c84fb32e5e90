/**
 * The public report page (/report?unit=<id>&lang=en): no account, mobile first, Vietnamese or
 * English. Pick the place (pre-filled from the QR code), say what happened, get a tracking
 * code; look a code up later. Every text the user typed is shown back as text only.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Container,
  Divider,
  MenuItem,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { messages, type Lang, type Messages } from './messages';
import { GraphQLRequestError, graphql } from './graphql';
import { REPORT_CATEGORIES } from '../../../rules/workflow';

interface PublicUnit {
  id: string;
  name: string;
  level: string;
  parentName: string | null;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/%\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function useUnitOptions(query: string, lang: Lang) {
  const [options, setOptions] = useState<PublicUnit[]>([]);
  const [loading, setLoading] = useState(false);
  // Throttled (too many requests from this network): say so instead of "no place found".
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const handle = setTimeout(async () => {
      setLoading(true);
      try {
        const data = await graphql<{ publicUnits: PublicUnit[] }>('query($q: String) { publicUnits(q: $q, limit: 20) { id name level parentName } }', { q: query || null });
        setOptions(data.publicUnits);
        setBusy(false);
      } catch (e) {
        setOptions([]);
        setBusy(e instanceof GraphQLRequestError && e.code === 'RATE_LIMITED');
      } finally {
        setLoading(false);
      }
    }, 250);
    return () => clearTimeout(handle);
  }, [query, lang]);
  return { options, loading, busy };
}

const initialLang = (): Lang => {
  const param = new URLSearchParams(window.location.search).get('lang');
  if (param === 'en' || param === 'vi') return param;
  return navigator.language?.toLowerCase().startsWith('vi') ? 'vi' : 'vi';
};

export function ReportPage() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = messages[lang];
  const [unit, setUnit] = useState<PublicUnit | null>(null);
  const [unitQuery, setUnitQuery] = useState('');
  const { options, loading, busy } = useUnitOptions(unitQuery, lang);
  const [form, setForm] = useState({ category: '', description: '', contactName: '', contactPhone: '', contactEmail: '', locationText: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  // A refusal is shown at the top of the form: bring it into view, wherever the user tapped Send.
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [error]);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<{ code: string; status: string } | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url);
  }, [lang, t.title]);

  // The QR code's link names the unit: show it chosen.
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('unit');
    if (!id) return;
    graphql<{ publicUnit: PublicUnit | null }>('query($id: ID!) { publicUnit(id: $id) { id name level parentName } }', { id })
      .then((data) => data.publicUnit && setUnit(data.publicUnit))
      .catch(() => undefined);
  }, []);

  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // What GraphQL itself would refuse (no unit, no category) is checked here, in the page's language;
    // the API checks everything again.
    const missing: Record<string, string> = {};
    if (!unit) missing.unitId = t.required.unitId;
    if (!form.category) missing.category = t.required.category;
    if (form.description.trim().length < 10) missing.description = t.required.description;
    setFieldErrors(missing);
    if (Object.keys(missing).length) {
      setError(t.invalid);
      return;
    }
    setSending(true);
    try {
      const input = {
        unitId: unit?.id,
        category: form.category,
        description: form.description,
        lang,
        contactName: form.contactName || null,
        contactPhone: form.contactPhone || null,
        contactEmail: form.contactEmail || null,
        locationText: form.locationText || null,
      };
      const data = await graphql<{ submitReport: { code: string; status: string } }>('mutation($input: ReportInput!) { submitReport(input: $input) { code status } }', { input });
      setReceipt(data.submitReport);
      window.scrollTo(0, 0);
    } catch (e) {
      if (e instanceof GraphQLRequestError) {
        const fields = Object.fromEntries(e.fields.map((f) => [f.path.replace(/^input\./, ''), f.message]));
        setFieldErrors(fields);
        setError(e.code === 'BAD_USER_INPUT' ? t.invalid : e.message);
      } else setError(t.network);
    } finally {
      setSending(false);
    }
  };

  const header = (
    <Box display="flex" alignItems="flex-start" justifyContent="space-between" gap={2} mb={2}>
      <Typography variant="h5" component="h1" fontWeight={700}>
        {t.title}
      </Typography>
      <ToggleButtonGroup size="small" exclusive value={lang} onChange={(_, v: Lang | null) => v && setLang(v)} aria-label="language">
        <ToggleButton value="vi" data-testid="lang-vi">
          VI
        </ToggleButton>
        <ToggleButton value="en" data-testid="lang-en">
          EN
        </ToggleButton>
      </ToggleButtonGroup>
    </Box>
  );

  return (
    <Container maxWidth="sm" sx={{ py: 3 }}>
      {header}
      {receipt ? (
        <Card data-testid="receipt">
          <CardContent>
            <Alert severity="success" sx={{ mb: 2 }}>
              {t.receiptTitle}
            </Alert>
            <Typography variant="overline">{t.receiptCode}</Typography>
            <Typography variant="h3" component="p" fontWeight={700} letterSpacing={2} data-testid="receipt-code">
              {receipt.code}
            </Typography>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t.receiptHelp}
            </Typography>
            <Button
              sx={{ mt: 2 }}
              variant="outlined"
              onClick={() => {
                setReceipt(null);
                setForm({ category: '', description: '', contactName: '', contactPhone: '', contactEmail: '', locationText: '' });
              }}
            >
              {t.another}
            </Button>
          </CardContent>
        </Card>
      ) : (
        <Card component="form" onSubmit={submit} noValidate data-testid="report-form">
          <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <Typography variant="body2">{t.intro}</Typography>
            <Alert severity="warning" variant="outlined">
              {t.emergency}
            </Alert>
            {error && (
              <Alert severity="error" data-testid="form-error" ref={errorRef}>
                {error}
              </Alert>
            )}
            <Autocomplete
              options={options}
              value={unit}
              onChange={(_, v) => setUnit(v)}
              onInputChange={(_, v) => setUnitQuery(v)}
              filterOptions={(x) => x}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              getOptionLabel={(u) => (u.parentName ? `${u.name} — ${u.parentName}` : u.name)}
              loading={loading}
              noOptionsText={busy ? t.busy : t.noUnits}
              renderInput={(params) => (
                <TextField {...params} name="unit" label={t.unit} placeholder={t.unitPlaceholder} required error={!!fieldErrors.unitId} helperText={fieldErrors.unitId} />
              )}
            />
            <TextField
              select
              name="category"
              label={t.category}
              required
              value={form.category}
              onChange={(e) => set('category')(e.target.value)}
              error={!!fieldErrors.category}
              helperText={fieldErrors.category}
            >
              {REPORT_CATEGORIES.map((c) => (
                <MenuItem key={c} value={c}>
                  {t.categories[c]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              name="description"
              label={t.description}
              required
              multiline
              minRows={4}
              value={form.description}
              onChange={(e) => set('description')(e.target.value.slice(0, 2000))}
              error={!!fieldErrors.description}
              helperText={fieldErrors.description ?? fill(t.descriptionHelp, { count: form.description.length })}
            />
            <TextField name="locationText" label={t.locationText} value={form.locationText} onChange={(e) => set('locationText')(e.target.value)} error={!!fieldErrors.locationText} helperText={fieldErrors.locationText} />
            <Divider />
            <Typography variant="subtitle1" fontWeight={600}>
              {t.contactTitle}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t.contactHelp}
            </Typography>
            <TextField name="contactName" label={t.contactName} value={form.contactName} onChange={(e) => set('contactName')(e.target.value)} />
            <TextField name="contactPhone" label={t.contactPhone} type="tel" value={form.contactPhone} onChange={(e) => set('contactPhone')(e.target.value)} error={!!fieldErrors.contactPhone} helperText={fieldErrors.contactPhone} />
            <TextField name="contactEmail" label={t.contactEmail} type="email" value={form.contactEmail} onChange={(e) => set('contactEmail')(e.target.value)} error={!!fieldErrors.contactEmail} helperText={fieldErrors.contactEmail} />
            <Button type="submit" variant="contained" size="large" disabled={sending} startIcon={sending ? <CircularProgress size={18} /> : null}>
              {sending ? t.sending : t.submit}
            </Button>
          </CardContent>
        </Card>
      )}
      <StatusLookup t={t} lang={lang} />
    </Container>
  );
}

function StatusLookup({ t, lang }: { t: Messages; lang: Lang }) {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const formatter = useMemo(() => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' }), [lang]);
  const lookup = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const data = await graphql<{ reportStatus: { status: keyof Messages['statuses']; updatedAt: string } | null }>('query($c: String!) { reportStatus(code: $c) { status updatedAt } }', { c: code });
      setResult(data.reportStatus ? fill(t.lookupResult, { status: t.statuses[data.reportStatus.status], at: formatter.format(new Date(data.reportStatus.updatedAt)) }) : t.lookupNone);
    } catch (e) {
      setResult(e instanceof GraphQLRequestError && e.code === 'RATE_LIMITED' ? t.busy : t.network);
    }
  };
  return (
    <Card component="form" onSubmit={lookup} sx={{ mt: 3 }} data-testid="status-lookup">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="subtitle1" fontWeight={600}>
          {t.lookupTitle}
        </Typography>
        <Box display="flex" gap={1}>
          <TextField name="code" size="small" label={t.lookupCode} value={code} onChange={(e) => setCode(e.target.value)} fullWidth />
          <Button type="submit" variant="outlined">
            {t.lookup}
          </Button>
        </Box>
        {result && (
          <Typography variant="body2" data-testid="lookup-result">
            {result}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
