/**
 * A meeting's files (biên bản, ảnh): listed with Meeting.attachments, uploaded with POST /files
 * and meetingId, downloaded and removed through the same helpers as an assessment's evidence
 * (assessments/evidence.ts), with that section's labels and refusal messages.
 */
import { useRef, useState } from 'react';
import { gql } from '@apollo/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Box, Button, CircularProgress, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import DownloadIcon from '@mui/icons-material/Download';
import InsertDriveFileOutlinedIcon from '@mui/icons-material/InsertDriveFileOutlined';
import { Confirm, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { formatInstant } from '../../../../rules/dates';
import { run } from '../../providers/api';
import { readSession } from '../../providers/session';
import { ACCEPT, EvidenceError, deleteEvidence, formatSize, saveDownload, type EvidenceView } from '../assessments/evidence';

/** The evidence section's labels and refusal messages serve a meeting's files too. */
const T = 'resources.assessments.evidence';
const M = 'resources.meetings.attachments';

const ATTACHMENTS = gql`
  query MeetingAttachments($id: ID!) {
    meeting(id: $id) {
      id
      access { update }
      attachments { id name contentType size criterionId addedAt addedBy { username displayName } downloadPath }
    }
    evidenceLimits { maxFileBytes }
  }
`;
type Answer = { meeting: { access: { update: boolean }; attachments: EvidenceView[] } | null; evidenceLimits: { maxFileBytes: number } };
const key = (meetingId: string) => ['meetings', 'attachments', meetingId] as const;

async function upload(meetingId: string, file: File): Promise<void> {
  const form = new FormData();
  form.set('meetingId', meetingId);
  form.set('file', file, file.name);
  const token = readSession()?.token;
  const response = await fetch('/files', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (response.ok) return;
  const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string; extensions?: { code?: string; reason?: string } }> } | null;
  const error = body?.errors?.[0];
  throw new EvidenceError(error?.extensions?.reason ?? error?.extensions?.code ?? 'FAILED', error?.message ?? `HTTP ${response.status}`);
}

export const MeetingAttachments = () => {
  const meeting = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<EvidenceView | null>(null);
  const meetingId = meeting?.id ? String(meeting.id) : '';
  const query = useQuery({ queryKey: key(meetingId), enabled: !!meetingId, queryFn: () => run<Answer>(ATTACHMENTS, { id: meetingId }) });
  const refresh = () => client.invalidateQueries({ queryKey: key(meetingId) });
  const explain = (error: unknown) => {
    const reason = error instanceof EvidenceError ? error.reason : 'FAILED';
    const message = (error as Error)?.message ?? '';
    return translate(`${T}.errors.${reason}`, { message, _: translate(`${T}.errors.FAILED`, { message }) });
  };
  const act = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await work();
      if (done) notify(done, { type: 'info' });
    } catch (error) {
      notify(explain(error), { type: 'error' });
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  if (!meetingId || !query.data?.meeting) return null;
  const { attachments, access } = query.data.meeting;
  const send = async (files: FileList | null) => {
    if (!files?.length) return;
    await act(async () => {
      for (const file of Array.from(files)) await upload(meetingId, file);
    }, translate(`${T}.uploaded`, { name: files[0]?.name ?? '' }));
    if (input.current) input.current.value = '';
  };
  return (
    <Stack gap={0.5} data-testid="meeting-attachments" sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2">{translate(`${M}.title`)}</Typography>
      {attachments.map((file) => (
        <Box key={file.id} display="flex" alignItems="center" gap={1} data-testid="meeting-attachment" data-name={file.name} sx={{ minWidth: 0 }}>
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
              <IconButton size="small" disabled={busy} aria-label={translate(`${T}.download`)} onClick={() => void act(() => saveDownload(file.downloadPath, file.name))}>
                <DownloadIcon fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
          {access.update && (
            <Tooltip title={translate(`${T}.delete`)}>
              <span>
                <IconButton size="small" disabled={busy} aria-label={translate(`${T}.delete`)} onClick={() => setRemoving(file)}>
                  <DeleteOutlineIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          )}
        </Box>
      ))}
      {!attachments.length && (
        <Typography variant="caption" color="text.secondary">
          {translate(`${M}.none`)}
        </Typography>
      )}
      {access.update && (
        <>
          <input ref={input} type="file" accept={ACCEPT} multiple hidden onChange={(e) => void send(e.target.files)} data-testid="meeting-attachment-input" />
          <Button size="small" variant="outlined" startIcon={busy ? <CircularProgress size={16} /> : <AttachFileIcon />} disabled={busy} onClick={() => input.current?.click()} sx={{ alignSelf: 'flex-start' }}>
            {translate(busy ? `${T}.uploading` : `${T}.upload`)}
          </Button>
          <Typography variant="caption" color="text.secondary">
            {translate(`${M}.hint`, { size: formatSize(query.data.evidenceLimits.maxFileBytes, locale) })}
          </Typography>
        </>
      )}
      <Confirm
        isOpen={!!removing}
        title={translate(`${T}.confirm_delete`, { name: removing?.name ?? '' })}
        content=""
        onConfirm={() => {
          const file = removing;
          setRemoving(null);
          if (file) void act(() => deleteEvidence(file.id), translate(`${T}.deleted`));
        }}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
};
