/** The report's documents: Phụ lục 2 as XLSX, the report as DOCX and PDF, fetched with the session's token. */
import { useState } from 'react';
import { Button, Stack } from '@mui/material';
import TableChartIcon from '@mui/icons-material/TableChart';
import DescriptionIcon from '@mui/icons-material/Description';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useNotify, useTranslate } from 'react-admin';
import { downloadReportFile, type ReportFile } from './api';

const FILES: Array<{ file: ReportFile; icon: typeof TableChartIcon }> = [
  { file: 'xlsx', icon: TableChartIcon },
  { file: 'docx', icon: DescriptionIcon },
  { file: 'pdf', icon: PictureAsPdfIcon },
];

export const DownloadButtons = ({ reportId }: { reportId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState<ReportFile | null>(null);
  const download = async (file: ReportFile) => {
    setBusy(file);
    try {
      await downloadReportFile(reportId, file);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" gap={1} data-testid="report-downloads">
      {FILES.map(({ file, icon: Icon }) => (
        <Button key={file} size="small" variant="outlined" startIcon={<Icon />} disabled={busy !== null} onClick={() => void download(file)} data-testid={`download-${file}`}>
          {translate(`resources.periodReports.download.${file}`)}
        </Button>
      ))}
    </Stack>
  );
};
