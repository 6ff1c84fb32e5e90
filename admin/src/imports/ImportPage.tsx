/**
 * Nhập từ Excel: the user picks what to import and a file; "Kiểm tra" asks the API for a dry run
 * and shows every row's outcome and errors, "Nhập N dòng hợp lệ" sends the same file for real.
 * Every role but VIEWER may import (the API decides row by row what each may change: a head only
 * their own neighbourhood's counts and their own models' figures).
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  LinearProgress,
  Link,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, Title, useGetIdentity, useLocaleState, useLogoutIfAccessDenied, useNotify, useTranslate } from 'react-admin';
import { ImportError, postImport, type ImportResult, type RowResult, type RowStatus } from './api';
import { downloadTemplate, IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind } from './template';

export const IMPORT_PATH = '/imports';

/** Undefined while the identity loads; a VIEWER reads only, and an organisation's contact person keeps no neighbourhoods or models. */
const useCanImport = () => {
  const { identity } = useGetIdentity();
  return identity ? identity.role !== 'VIEWER' && identity.role !== 'ORGANISATION_REP' : undefined;
};

export const ImportMenuItem = () => {
  const translate = useTranslate();
  if (!useCanImport()) return null;
  return <Menu.Item to={IMPORT_PATH} primaryText={translate('imports.menu')} leftIcon={<UploadFileIcon />} data-testid="menu-imports" />;
};

const formatSize = (bytes: number, locale: string) => {
  const [value, unit] = bytes < 1024 ? [bytes, 'B'] : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${unit}`;
};

/** What to say of a refused file: the console's explanation (the API's own sentence goes below it). */
const REFUSAL: Record<number, string> = {
  0: 'app.errors.NETWORK',
  400: 'imports.errors.unreadable',
  403: 'app.errors.FORBIDDEN',
  413: 'imports.errors.too_large',
};

const STATUS_COLOR: Record<RowStatus, 'success' | 'info' | 'default' | 'error'> = { CREATE: 'success', UPDATE: 'info', UNCHANGED: 'default', ERROR: 'error' };
const STATUSES = Object.keys(STATUS_COLOR) as RowStatus[];
const COUNT_OF: Record<RowStatus, 'created' | 'updated' | 'unchanged' | 'failed'> = { CREATE: 'created', UPDATE: 'updated', UNCHANGED: 'unchanged', ERROR: 'failed' };

const StatusChip = ({ status }: { status: RowStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOR[status]} variant={status === 'UNCHANGED' ? 'outlined' : 'filled'} label={translate(`imports.statuses.${status}`)} data-testid="import-status" />;
};

/** The expected columns, the kind's hint and the template link. */
const Columns = ({ kind }: { kind: ImportKind }) => {
  const translate = useTranslate();
  return (
    <Box data-testid="import-columns">
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate(`imports.hints.${kind}`)}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate('imports.columns_line')}
      </Typography>
      <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5} mb={1}>
        {IMPORT_COLUMNS[kind].map((c) => (
          <Chip key={c.key} size="small" variant="outlined" label={c.required ? `${c.header} *` : c.header} />
        ))}
      </Stack>
      <Link component="button" type="button" variant="body2" onClick={() => downloadTemplate(kind)} data-testid="import-template">
        {translate('imports.template')}
      </Link>
    </Box>
  );
};

const RowItem = ({ kind, row }: { kind: ImportKind; row: RowResult }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
        {[row.code, row.name].filter(Boolean).join(' · ') || '—'}
      </Typography>
      {row.errors.map((e, i) => (
        // The API's message is English; the column is named as the user's spreadsheet names it.
        <Typography key={i} variant="caption" color="error" display="block" data-testid="import-row-error" data-column={e.column}>
          {translate(`imports.columns.${kind}.${e.column}`, { _: e.column })}: {e.message}
        </Typography>
      ))}
    </>
  );
};

const Result = ({ kind, result }: { kind: ImportKind; result: ImportResult }) => {
  const translate = useTranslate();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const rows = onlyErrors ? result.rows.filter((r) => r.status === 'ERROR') : result.rows;
  return (
    <Card variant="outlined" data-testid="import-result" data-dry-run={String(result.dryRun)}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(result.dryRun ? 'imports.dry_run_title' : 'imports.result_title')}
        </Typography>
        <Stack direction="row" useFlexGap flexWrap="wrap" gap={1} data-testid="import-counts">
          <Chip label={`${translate('imports.rows')}: ${result.rows.length}`} />
          {STATUSES.map((s) => (
            <Chip key={s} variant="outlined" color={STATUS_COLOR[s]} label={`${translate(`imports.statuses.${s}`)}: ${result[COUNT_OF[s]]}`} data-testid={`import-count-${s}`} />
          ))}
        </Stack>
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Switch checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} data-testid="import-only-errors" />}
          label={translate('imports.only_errors')}
        />
      </CardContent>
      {rows.length === 0 ? (
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate(onlyErrors ? 'imports.no_errors' : 'imports.no_rows')}
          </Typography>
        </CardContent>
      ) : (
        // Three narrow columns fit a phone; a longer text wraps, and anything wider scrolls inside the card.
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '1%' }}>{translate('imports.row')}</TableCell>
                <TableCell sx={{ width: '1%' }}>{translate('imports.status')}</TableCell>
                <TableCell>{translate(`imports.item.${kind}`)}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.row} data-testid="import-row" data-row={row.row} data-status={row.status}>
                  <TableCell>{row.row}</TableCell>
                  <TableCell>
                    <StatusChip status={row.status} />
                  </TableCell>
                  <TableCell sx={{ wordBreak: 'break-word' }}>
                    <RowItem kind={kind} row={row} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Card>
  );
};

export const ImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const canImport = useCanImport();
  const [kind, setKind] = useState<ImportKind>('neighbourhoods');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ImportError | null>(null);

  // An expired session sends the user to the login page, as react-admin's own queries do.
  useEffect(() => {
    if (error?.status === 401) void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);

  if (canImport === undefined) return <LinearProgress sx={{ mt: 2 }} />;
  if (!canImport) return <Alert severity="info" sx={{ mt: 2 }}>{translate('imports.read_only')}</Alert>;

  /** Another kind or file makes the last answer stale. */
  const restart = () => {
    setResult(null);
    setError(null);
  };
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    setFile(e.target.files?.[0] ?? null);
    // Cleared, so picking the same file again (after fixing it) is a change too.
    e.target.value = '';
    restart();
  };
  const send = async (dryRun: boolean) => {
    if (!file || busy) return;
    setBusy(dryRun ? 'check' : 'import');
    // The last answer stays on screen (the import's button disabled) until the new one arrives.
    setError(null);
    try {
      const answer = await postImport(kind, file, dryRun);
      setResult(answer);
      if (!dryRun) {
        const args = { created: answer.created, updated: answer.updated, failed: answer.failed };
        // The rows with errors were left out knowingly ("Nhập N dòng hợp lệ"): still a success when something was written.
        notify(answer.failed ? 'imports.done_with_errors' : 'imports.done', { type: answer.created + answer.updated ? 'success' : 'warning', messageArgs: args });
      }
    } catch (e) {
      setResult(null);
      setError(e instanceof ImportError ? e : new ImportError(0, null));
    } finally {
      setBusy(null);
    }
  };
  const changing = result?.dryRun ? result.created + result.updated : 0;

  return (
    <Box mt={2} display="flex" flexDirection="column" gap={2} data-testid="import-page">
      <Title title="imports.menu" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="body2" gutterBottom>
            {translate('imports.intro')}
          </Typography>
          <Typography variant="subtitle2" mt={2} gutterBottom>
            {translate('imports.kind')}
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            fullWidth
            value={kind}
            disabled={busy !== null}
            onChange={(_e, next: ImportKind | null) => {
              if (!next) return;
              setKind(next);
              restart();
            }}
            sx={{ maxWidth: 440, mb: 2 }}
            data-testid="import-kind"
          >
            {IMPORT_KINDS.map((k) => (
              <ToggleButton key={k} value={k} data-kind={k}>
                {translate(`imports.kinds.${k}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Columns kind={kind} />
          <Stack direction="row" useFlexGap flexWrap="wrap" alignItems="center" gap={1} mt={2}>
            <Button component="label" variant="outlined" startIcon={<AttachFileIcon />} disabled={busy !== null}>
              {translate('imports.pick_file')}
              <input hidden type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={pick} data-testid="import-file" />
            </Button>
            <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'} sx={{ minWidth: 0, wordBreak: 'break-all' }} data-testid="import-file-name">
              {file ? `${file.name} (${formatSize(file.size, locale)})` : translate('imports.no_file')}
            </Typography>
          </Stack>
          <Stack direction="row" useFlexGap flexWrap="wrap" gap={1} mt={2}>
            <Button variant="contained" startIcon={<FactCheckIcon />} disabled={!file || busy !== null} onClick={() => void send(true)} data-testid="import-check">
              {translate('imports.check')}
            </Button>
            {result?.dryRun && (
              <Button variant="contained" color="success" startIcon={<FileUploadIcon />} disabled={changing === 0 || busy !== null} onClick={() => void send(false)} data-testid="import-run">
                {translate('imports.import', { smart_count: changing })}
              </Button>
            )}
          </Stack>
          {busy && file && (
            <Box mt={2} data-testid="import-progress">
              <LinearProgress />
              <Typography variant="caption" color="text.secondary">
                {translate(busy === 'check' ? 'imports.checking' : 'imports.importing', { name: file.name, size: formatSize(file.size, locale) })}
              </Typography>
            </Box>
          )}
        </CardContent>
      </Card>
      {error && error.status !== 401 && (
        <Alert severity="error" data-testid="import-error">
          <AlertTitle>{translate(REFUSAL[error.status] ?? 'imports.errors.failed')}</AlertTitle>
          {error.detail}
        </Alert>
      )}
      {result && <Result key={`${result.dryRun}`} kind={kind} result={result} />}
    </Box>
  );
};
