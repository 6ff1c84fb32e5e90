/**
 * The hot-spot map (seed 000: "bản đồ điểm nóng về an ninh, trật tự"): the located reports and
 * businesses the filter finds, clustered where they crowd, reports coloured by category and
 * businesses drawn as squares; a popup names the record and opens it. The background comes
 * from the configured tile server; without one the markers stand on a plain background.
 * Loaded lazily (React.lazy): Leaflet is not part of the console's first load.
 */
import { useEffect, useMemo } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { useCreatePath, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { Hotspot, HotspotFilter } from '../../../rules/contract';
import { formatInstantDay } from '../../../rules/dates';
import { CATEGORY_COLORS } from '../resources/reports/choices';
import { fetchHotspots, fetchMapSettings } from './api';
import { BUSINESS_COLOR, MapLegend } from './MapLegend';
import { dotIcon, L, MAX_ZOOM, VIETNAM_CENTRE, VIETNAM_ZOOM } from './leaflet';

/** Tile settings change only with the server's configuration. */
export const useMapSettings = () => useQuery({ queryKey: ['map', 'settings'], queryFn: fetchMapSettings, staleTime: Infinity });

/** The record a marker stands for, as the console's route to its page. */
const pathOf = (h: Hotspot, createPath: ReturnType<typeof useCreatePath>) =>
  createPath({ resource: h.kind === 'REPORT' ? 'reports' : 'establishments', id: h.id, type: 'show' });

/** The markers as one cluster group, rebuilt when they change (Leaflet's own layer, driven from React). */
const ClusteredMarkers = ({ items }: { items: Hotspot[] }) => {
  const map = useMap();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const navigate = useNavigate();

  useEffect(() => {
    const group = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
    for (const h of items) {
      const isReport = h.kind === 'REPORT';
      const kindLabel = isReport && h.category ? translate(`resources.reports.categories.${h.category}`) : translate('map.business');
      const icon = dotIcon(isReport && h.category ? CATEGORY_COLORS[h.category] : BUSINESS_COLOR, isReport ? 'round' : 'square', `${kindLabel}: ${h.label}`);
      const marker = L.marker([h.lat, h.lng], { icon, keyboard: true, title: `${kindLabel}: ${h.label}` });
      // Built from elements, not HTML strings: a business name is user text.
      marker.bindPopup(() => {
        const box = document.createElement('div');
        box.dataset.testid = 'hotspot-popup';
        const title = document.createElement('strong');
        title.textContent = h.label;
        const kind = document.createElement('div');
        kind.textContent = isReport ? `${kindLabel} · ${translate('map.received', { date: formatInstantDay(String(h.at)) })}` : `${kindLabel}${h.establishmentKind ? ` · ${translate(`resources.establishments.kinds.${h.establishmentKind}`)}` : ''}`;
        const path = pathOf(h, createPath);
        const link = document.createElement('a');
        link.href = `#${path}`;
        link.textContent = translate(isReport ? 'map.open_report' : 'map.open_business');
        link.dataset.testid = 'hotspot-open';
        link.addEventListener('click', (event) => {
          event.preventDefault();
          navigate(path);
        });
        box.append(title, kind, link);
        return box;
      });
      group.addLayer(marker);
    }
    map.addLayer(group);
    if (items.length) map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 17 });
    return () => {
      map.removeLayer(group);
    };
  }, [items, map, translate, createPath, navigate]);
  return null;
};

const HotspotMap = ({ filter }: { filter: HotspotFilter }) => {
  const translate = useTranslate();
  const settings = useMapSettings();
  const query = useQuery({ queryKey: ['map', 'hotspots', filter], queryFn: () => fetchHotspots(filter), placeholderData: keepPreviousData });
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const tooMany = (query.error as { body?: { code?: string } } | null)?.body?.code === 'BAD_USER_INPUT';
  const tileUrl = settings.data?.tileUrl;

  return (
    <Box data-testid="hotspot-map-panel">
      <Box display="flex" gap={2} flexWrap="wrap" alignItems="center" mb={1}>
        <Typography variant="body2" color="text.secondary" data-testid="hotspot-count">
          {query.data ? translate('map.markers', { count: query.data.total }) : translate('map.loading')}
          {query.data?.withoutLocation ? ` · ${translate('map.without_location', { count: query.data.withoutLocation })}` : ''}
        </Typography>
        {query.isFetching && <CircularProgress size={16} />}
      </Box>
      {query.error ? (
        <Alert severity={tooMany ? 'warning' : 'error'} sx={{ mb: 1 }} data-testid="hotspot-error">
          {tooMany ? translate('map.too_many') : translate((query.error as Error).message ?? 'ra.notification.http_error')}
        </Alert>
      ) : null}
      {settings.data && !tileUrl ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }} data-testid="hotspot-no-tiles">
          {translate('map.no_tiles')}
        </Typography>
      ) : null}
      <Box
        data-testid="hotspot-map"
        sx={{
          height: { xs: 320, sm: 420 },
          width: '100%',
          borderRadius: 1,
          overflow: 'hidden',
          border: 1,
          borderColor: 'divider',
          // No tiles: a plain background the markers stand out on.
          '& .leaflet-container': { height: '100%', width: '100%', background: tileUrl ? undefined : '#eef2f0' },
        }}
      >
        <MapContainer center={VIETNAM_CENTRE} zoom={VIETNAM_ZOOM} scrollWheelZoom={false} minZoom={3} maxZoom={MAX_ZOOM}>
          {tileUrl ? <TileLayer url={tileUrl} attribution={settings.data?.attribution ?? undefined} /> : null}
          <ClusteredMarkers items={items} />
        </MapContainer>
      </Box>
      {query.data && !query.data.total ? (
        <Typography color="text.secondary" variant="body2" sx={{ mt: 1 }}>
          {translate('map.none')}
        </Typography>
      ) : null}
      <MapLegend />
    </Box>
  );
};

export default HotspotMap;
