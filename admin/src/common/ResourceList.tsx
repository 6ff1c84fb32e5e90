/**
 * The list every resource uses instead of react-admin's <List>: the same list, with an export that
 * works. react-admin's own export asks for 1,000 rows at once while the API serves at most 200 a
 * page, so it failed on every list. This one fetches the whole filtered list (the screen's filter
 * and sort) 200 rows at a time with its progress in view, and writes CSV or XLSX: headers are the
 * columns' translated labels, enums their labels, dates in Vietnam's time. A list longer than
 * MAX_EXPORT_ROWS is refused with a message, never cut short. On a phone its <ListDatagrid> is a
 * column of cards read from the same export columns (PhoneList), or from the list's `mobile` texts.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import {
  Button,
  CreateButton,
  FilterButton,
  List,
  TopToolbar,
  useDataProvider,
  useFilterContext,
  useListContext,
  useLocaleState,
  useNotify,
  useResourceDefinition,
  useTranslate,
  useTranslateLabel,
  type ListProps,
  type RaRecord,
} from 'react-admin';
import { PhoneListContext, type PhoneCard } from './PhoneList';
import { EXPORT_PAGE_SIZE, ExportTooLargeError, MAX_EXPORT_ROWS, exportFileName, fetchAllPages, rowsOf, toCsv, type ExportColumn } from './export';

export type { ExportColumn } from './export';

export interface ResourceListProps<T extends RaRecord> extends Omit<ListProps<T>, 'exporter' | 'actions'> {
  /** What the export writes: the list's columns, in order. */
  exportColumns: Array<ExportColumn<T>>;
  /** The phone card's own texts; by default its title is the first export column and its second line the next two. */
  mobile?: PhoneCard<T>;
  /** Buttons shown before the usual filter / create / export ones. */
  actions?: ReactNode;
  children: ReactNode;
}

export function ResourceList<T extends RaRecord>({ exportColumns, mobile, actions, children, ...props }: ResourceListProps<T>) {
  // The context is not generic: its columns and card read the records of this list only.
  const phoneList = useMemo(
    () => ({ columns: exportColumns as unknown as ReadonlyArray<ExportColumn<RaRecord>>, card: mobile as PhoneCard | undefined }),
    [exportColumns, mobile],
  );
  return (
    <List<T> {...props} exporter={false} actions={<ListActions extra={actions} columns={exportColumns} />}>
      <PhoneListContext.Provider value={phoneList}>{children}</PhoneListContext.Provider>
    </List>
  );
}

/** react-admin's default actions (filter button, create button) with this export instead of its own. */
function ListActions<T extends RaRecord>({ extra, columns }: { extra?: ReactNode; columns: Array<ExportColumn<T>> }) {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {extra}
      {filters && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ExportMenu columns={columns} />
    </TopToolbar>
  );
}

type Format = 'csv' | 'xlsx';

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function ExportMenu<T extends RaRecord>({ columns }: { columns: Array<ExportColumn<T>> }) {
  const { filter, filterValues, sort, resource, total } = useListContext<T>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const [locale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [exporting, setExporting] = useState(false);
  // Kept after the export ends, so the closing dialog does not flash back to 0.
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const running = useRef<AbortController | null>(null);
  const number = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN');

  const refuse = (count: number) =>
    notify('app.export.too_large', { type: 'error', autoHideDuration: null, messageArgs: { total: number(count), max: number(MAX_EXPORT_ROWS) } });

  const run = async (format: Format) => {
    setAnchor(null);
    if (running.current) return;
    if (total !== undefined && total > MAX_EXPORT_ROWS) {
      refuse(total);
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    setProgress({ done: 0, total: total ?? 0 });
    setExporting(true);
    try {
      // The same query as the screen's (react-admin adds the list's permanent filter the same way).
      const records = await fetchAllPages<T>(
        async (page, perPage) => dataProvider.getList<T>(resource, { filter: { ...filterValues, ...filter }, sort, pagination: { page, perPage }, signal: controller.signal }),
        { signal: controller.signal, onProgress: (done, all) => setProgress({ done, total: all }) },
      );
      const headers = columns.map((c) => String(translateLabel({ source: c.source, label: c.label, resource }) ?? c.source));
      const rows = rowsOf(records, columns, translate);
      const fileName = `${exportFileName(resource)}.${format}`;
      if (format === 'csv') download(new Blob([toCsv(headers, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
      else download(await (await import('./xlsx')).toXlsx(translate(`resources.${resource}.name`, { smart_count: 2, _: resource }), headers, rows), fileName);
      notify('app.export.done', { type: 'success', messageArgs: { count: number(records.length) } });
    } catch (error) {
      if (controller.signal.aborted) notify('app.export.cancelled', { type: 'info' });
      else if (error instanceof ExportTooLargeError) refuse(error.total);
      else notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      running.current = null;
      setExporting(false);
    }
  };

  return (
    <>
      <Button label="ra.action.export" onClick={(e) => setAnchor(e.currentTarget)} disabled={total === 0 || exporting} data-testid="export-button">
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {(['csv', 'xlsx'] as const).map((format) => (
          <MenuItem key={format} onClick={() => void run(format)} data-testid={`export-${format}`}>
            <ListItemText primary={translate(`app.export.${format}`)} secondary={translate(`app.export.${format}_hint`)} />
          </MenuItem>
        ))}
      </Menu>
      {/* One page goes by too fast to need it; longer exports show how far they are. */}
      <Dialog open={exporting && progress.total > EXPORT_PAGE_SIZE} data-testid="export-progress" fullWidth maxWidth="xs">
        <DialogTitle>{translate('app.export.progress_title')}</DialogTitle>
        <DialogContent>
          <LinearProgress variant="determinate" value={progress.total ? Math.min(100, (100 * progress.done) / progress.total) : 0} />
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="export-progress-count">
            {translate('app.export.progress', { done: number(progress.done), total: number(progress.total) })}
          </Typography>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => running.current?.abort()}>{translate('ra.action.cancel')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
