/**
 * A small map to pick a point: a tap or click sets it, the marker can be dragged. Shows the
 * configured tiles (none: a plain background, the typed coordinates still work). Lazy-loaded.
 */
import { useEffect } from 'react';
import { Box } from '@mui/material';
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import type { GeoPoint } from '../../../rules/contract';
import { useMapSettings } from './HotspotMap';
import { dotIcon, MAX_ZOOM, VIETNAM_CENTRE, VIETNAM_ZOOM } from './leaflet';

const PICKED = dotIcon('#1565c0', 'round', '');
/** Five decimals: about a metre, as precise as a tap can be. */
const rounded = (n: number) => Math.round(n * 1e5) / 1e5;

const ClickToPick = ({ onPick }: { onPick: (point: GeoPoint) => void }) => {
  useMapEvents({ click: (e) => onPick({ lat: rounded(e.latlng.lat), lng: rounded(e.latlng.lng) }) });
  return null;
};

/** Follows a point typed in the inputs. */
const Recentre = ({ point }: { point: GeoPoint | null }) => {
  const map = useMap();
  useEffect(() => {
    if (point) map.setView([point.lat, point.lng], Math.max(map.getZoom(), 15));
  }, [map, point]);
  return null;
};

const LocationPicker = ({ value, onPick }: { value: GeoPoint | null; onPick: (point: GeoPoint) => void }) => {
  const settings = useMapSettings();
  const tileUrl = settings.data?.tileUrl;
  return (
    <Box data-testid="location-picker" sx={{ height: 280, width: '100%', borderRadius: 1, overflow: 'hidden', border: 1, borderColor: 'divider', '& .leaflet-container': { height: '100%', width: '100%', background: tileUrl ? undefined : '#eef2f0' } }}>
      <MapContainer center={value ? [value.lat, value.lng] : VIETNAM_CENTRE} zoom={value ? 15 : VIETNAM_ZOOM} scrollWheelZoom={false} minZoom={3} maxZoom={MAX_ZOOM}>
        {tileUrl ? <TileLayer url={tileUrl} attribution={settings.data?.attribution ?? undefined} /> : null}
        <ClickToPick onPick={onPick} />
        <Recentre point={value} />
        {value ? (
          <Marker
            position={[value.lat, value.lng]}
            icon={PICKED}
            draggable
            eventHandlers={{ dragend: (e) => { const p = (e.target as { getLatLng(): { lat: number; lng: number } }).getLatLng(); onPick({ lat: rounded(p.lat), lng: rounded(p.lng) }); } }}
          />
        ) : null}
      </MapContainer>
    </Box>
  );
};

export default LocationPicker;
