/**
 * "Tải mã QR": downloads the public report page's QR code of a unit (SVG or PNG) from the API's
 * /qr/<unitId>.<format>, signed with the session's token. Shown to officers and administrators only.
 */
import { useState, type MouseEvent } from 'react';
import { Button, IconButton, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import QrCode2Icon from '@mui/icons-material/QrCode2';
import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { readSession } from '../../providers/session';

const QR_ROLES = ['ADMIN', 'PROVINCE_OFFICER', 'WARD_OFFICER'];
type Format = 'svg' | 'png';

/** True when the signed-in user may download QR codes (officers and administrators). */
export const useCanDownloadQr = () => {
  const { identity } = useGetIdentity();
  return QR_ROLES.includes(String(identity?.role ?? ''));
};

/** File names keep letters and digits only: "Tổ dân phố 3/2" → "qr-to-dan-pho-3-2.svg". */
const fileName = (name: string | undefined, unitId: string, format: Format) => {
  const slug = (name ?? unitId)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `qr-${slug || unitId}.${format}`;
};

export async function downloadQr(unitId: string, format: Format, name?: string) {
  const token = readSession()?.token;
  const response = await fetch(`/qr/${encodeURIComponent(unitId)}.${format}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(response.status === 401 ? 'app.errors.UNAUTHENTICATED' : response.status === 403 ? 'app.errors.FORBIDDEN' : response.status === 404 ? 'app.errors.NOT_FOUND' : 'app.errors.NETWORK');
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(name, unitId, format);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface QrDownloadButtonProps {
  unitId?: string | null;
  /** The unit's name, for the file name and the tooltip. */
  unitName?: string;
  /** An icon alone (table rows) instead of a labelled button. */
  compact?: boolean;
}

export const QrDownloadButton = ({ unitId, unitName, compact }: QrDownloadButtonProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const allowed = useCanDownloadQr();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!allowed || !unitId) return null;

  const open = (e: MouseEvent<HTMLElement>) => {
    e.stopPropagation();
    setAnchor(e.currentTarget);
  };
  const pick = async (format: Format) => {
    setAnchor(null);
    try {
      await downloadQr(unitId, format, unitName);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const title = unitName ? translate('resources.establishments.qr.title_for', { name: unitName }) : translate('resources.establishments.qr.download');

  return (
    <>
      {compact ? (
        <Tooltip title={title}>
          <IconButton size="small" onClick={open} aria-label={title} data-testid="qr-download">
            <QrCode2Icon fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : (
        <Tooltip title={title}>
          <Button size="small" startIcon={<QrCode2Icon />} onClick={open} data-testid="qr-download">
            {translate('resources.establishments.qr.download')}
          </Button>
        </Tooltip>
      )}
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} onClick={(e) => e.stopPropagation()}>
        <MenuItem onClick={() => pick('svg')} data-testid="qr-svg">
          <ListItemText primary={translate('resources.establishments.qr.svg')} secondary={translate('resources.establishments.qr.svg_hint')} />
        </MenuItem>
        <MenuItem onClick={() => pick('png')} data-testid="qr-png">
          <ListItemText primary={translate('resources.establishments.qr.png')} secondary={translate('resources.establishments.qr.png_hint')} />
        </MenuItem>
      </Menu>
    </>
  );
};
