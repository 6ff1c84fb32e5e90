/**
 * Evidence files (hồ sơ minh chứng) of one criterion, or of the assessment as a whole: each with
 * its name, size, who added it and when; download (saved as a file, never opened inline), removal
 * and upload while the results may change; and the dossier ZIP button. Laid out to wrap on a
 * 390 px phone.
 */
import { useRef, useState } from 'react';
import { Box, Button, CircularProgress, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import DownloadIcon from '@mui/icons-material/Download';
import FolderZipIcon from '@mui/icons-material/FolderZip';
import InsertDriveFileOutlinedIcon from '@mui/icons-material/InsertDriveFileOutlined';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatInstant } from '../../../../rules/dates';
import { ACCEPT, EvidenceError, deleteEvidence, formatSize, saveDownload, uploadEvidence, useEvidence, useRefreshEvidence, type EvidenceView } from './evidence';

const T = 'resources.assessments.evidence';

/** A refusal in the user's language (the API's message when there is no better one). */
function useExplain() {
  const translate = useTranslate();
  return (error: unknown) => {
    const reason = error instanceof EvidenceError ? error.reason : 'FAILED';
    const message = (error as Error)?.message ?? '';
    return translate(`${T}.errors.${reason}`, { message, _: translate(`${T}.errors.FAILED`, { message }) });
  };
}

const FileRow = ({ file, editable, assessmentId }: { file: EvidenceView; editable: boolean; assessmentId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const explain = useExplain();
  const [locale] = useLocaleState();
  const refresh = useRefreshEvidence(assessmentId);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await saveDownload(file.downloadPath, file.name);
    } catch (error) {
      notify(explain(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setConfirm(false);
    setBusy(true);
    try {
      await deleteEvidence(file.id);
      notify(translate(`${T}.deleted`), { type: 'info' });
    } catch (error) {
      const code = (error as { body?: { code?: string } })?.body?.code;
      notify(code === 'CONFLICT' ? translate(`${T}.errors.LOCKED`) : (error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  return (
    <Box display="flex" alignItems="center" gap={1} data-testid="evidence-file" data-name={file.name} sx={{ minWidth: 0 }}>
      <InsertDriveFileOutlinedIcon fontSize="small" color="action" />
      <Box flex={1} minWidth={0}>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {file.name}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {translate(`${T}.added`, { size: formatSize(file.size, locale), who: file.addedBy.displayName ?? file.addedBy.username, at: formatInstant(file.addedAt, locale === 'en' ? 'en' : 'vi') })}
        </Typography>
      </Box>
      <Tooltip title={translate(`${T}.download`)}>
        <span>
          <IconButton size="small" onClick={() => void download()} disabled={busy} aria-label={translate(`${T}.download`)} data-testid="evidence-download">
            <DownloadIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      {editable && (
        <Tooltip title={translate(`${T}.delete`)}>
          <span>
            <IconButton size="small" onClick={() => setConfirm(true)} disabled={busy} aria-label={translate(`${T}.delete`)} data-testid="evidence-delete">
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      )}
      <Confirm isOpen={confirm} title={translate(`${T}.confirm_delete`, { name: file.name })} content="" onConfirm={() => void remove()} onClose={() => setConfirm(false)} />
    </Box>
  );
};

const UploadButton = ({ assessmentId, criterionId, testId }: { assessmentId: string; criterionId: string | null; testId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const explain = useExplain();
  const refresh = useRefreshEvidence(assessmentId);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const send = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    try {
      for (const file of Array.from(files)) {
        await uploadEvidence(assessmentId, criterionId, file);
        notify(translate(`${T}.uploaded`, { name: file.name }), { type: 'info' });
      }
    } catch (error) {
      notify(explain(error), { type: 'error' });
    } finally {
      if (input.current) input.current.value = '';
      setBusy(false);
      await refresh();
    }
  };
  return (
    <>
      <input ref={input} type="file" accept={ACCEPT} multiple hidden onChange={(e) => void send(e.target.files)} data-testid={`${testId}-input`} />
      <Button
        size="small"
        variant="outlined"
        startIcon={busy ? <CircularProgress size={16} /> : <AttachFileIcon />}
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid={testId}
        sx={{ alignSelf: 'flex-start' }}
      >
        {translate(busy ? `${T}.uploading` : `${T}.upload`)}
      </Button>
    </>
  );
};

/**
 * The files of `criterionId` (null: of the whole assessment). `code` names the upload button for
 * tests and screen readers; `emptyNote` says "no file yet" where that helps (the general list).
 */
export const EvidenceFiles = ({ assessmentId, criterionId, code, emptyNote = false }: { assessmentId: string; criterionId: string | null; code: string; emptyNote?: boolean }) => {
  const translate = useTranslate();
  const { data } = useEvidence(assessmentId);
  if (!data) return null;
  const files = data.files.filter((f) => (f.criterionId ?? null) === criterionId);
  if (!files.length && !data.editable && !emptyNote) return null;
  return (
    <Stack gap={0.5} data-testid={`evidence-${code}`} sx={{ minWidth: 0 }}>
      {files.map((file) => (
        <FileRow key={file.id} file={file} editable={data.editable} assessmentId={assessmentId} />
      ))}
      {!files.length && emptyNote && (
        <Typography variant="caption" color="text.secondary">
          {translate(`${T}.none`)}
        </Typography>
      )}
      {data.editable && <UploadButton assessmentId={assessmentId} criterionId={criterionId} testId={`evidence-upload-${code}`} />}
    </Stack>
  );
};

export const DossierButton = ({ assessmentId }: { assessmentId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const explain = useExplain();
  const { data } = useEvidence(assessmentId);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await saveDownload(data?.dossierPath ?? `/exports/assessments/${assessmentId}/dossier.zip`, `ho-so-de-nghi-cong-nhan-${assessmentId}.zip`);
    } catch (error) {
      notify(explain(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="contained" size="small" startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <FolderZipIcon />} disabled={busy} onClick={() => void download()} data-testid="dossier-download" sx={{ alignSelf: 'flex-start' }}>
      {translate(busy ? `${T}.dossier_busy` : `${T}.dossier`)}
    </Button>
  );
};

/** The whole assessment's evidence: its general files, the limits, and the dossier download. */
export const EvidenceSection = ({ assessmentId }: { assessmentId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useEvidence(assessmentId);
  return (
    <Stack gap={1} data-testid="evidence-section">
      <Typography variant="subtitle1" fontWeight={600}>
        {translate(`${T}.title`)}
        {data ? ` · ${translate(`${T}.count`, { count: data.files.length })}` : ''}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`${T}.general`)}
      </Typography>
      <EvidenceFiles assessmentId={assessmentId} criterionId={null} code="general" emptyNote />
      {data && (
        <Typography variant="caption" color="text.secondary">
          {data.editable ? translate(`${T}.allowed`, { size: formatSize(data.limits.maxFileBytes, locale) }) : translate(`${T}.locked`)}
        </Typography>
      )}
      <DossierButton assessmentId={assessmentId} />
    </Stack>
  );
};
