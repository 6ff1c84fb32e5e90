/**
 * The small map of the report page, loaded on demand (its own chunk with Leaflet and its CSS):
 * a draggable point for where it happened, the places near it as labelled circles, and the tile
 * layer of mapSettings when the operator configured one. Without tiles (no tile server is
 * reachable from many networks) the map is a plain background on which the point still moves.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { graphql } from './graphql';
import type { Messages } from './messages';
import type { GeoPoint, PublicUnit } from './place';

export interface LocationMap {
  hasTiles: boolean;
  setPoint(point: GeoPoint | null): void;
  setPlaces(places: PublicUnit[]): void;
}

interface Options {
  t: Messages;
  centre: GeoPoint;
  point: GeoPoint | null;
  places: PublicUnit[];
  onMove(at: GeoPoint): void;
}

/** A pin drawn with CSS (.report-pin in report.html): Leaflet's default icon is an image file the build would have to copy. */
const PIN = L.divIcon({ className: 'report-pin', iconSize: [24, 24], iconAnchor: [12, 12] });
const ZOOM = 14;

export async function openLocationMap(container: HTMLElement, { t, centre, point, places, onMove }: Options): Promise<LocationMap> {
  const settings = await graphql<{ mapSettings: { tileUrl: string | null; attribution: string | null } }>('{ mapSettings { tileUrl attribution } }', {})
    .then((data) => data.mapSettings)
    .catch(() => ({ tileUrl: null, attribution: null }));
  container.setAttribute('aria-label', t.mapLabel);
  const map = L.map(container).setView([centre.lat, centre.lng], ZOOM);
  if (settings.tileUrl) L.tileLayer(settings.tileUrl, { attribution: settings.attribution ?? '' }).addTo(map);

  const placeLayer = L.layerGroup().addTo(map);
  const setPlaces = (list: PublicUnit[]) => {
    placeLayer.clearLayers();
    for (const p of list) {
      if (!p.location) continue;
      L.circleMarker([p.location.lat, p.location.lng], { radius: 6, color: '#1b5e20' }).bindTooltip(p.name, { permanent: true, direction: 'top' }).addTo(placeLayer);
    }
  };
  setPlaces(places);

  let marker: L.Marker | null = null;
  const setPoint = (at: GeoPoint | null) => {
    if (!at) {
      marker?.remove();
      marker = null;
      return;
    }
    if (!marker) {
      marker = L.marker([at.lat, at.lng], { draggable: true, icon: PIN, title: t.mapLabel }).addTo(map);
      marker.on('dragend', () => {
        const moved = marker?.getLatLng();
        if (moved) onMove({ lat: moved.lat, lng: moved.lng });
      });
    } else marker.setLatLng([at.lat, at.lng]);
  };
  setPoint(point);
  map.on('click', (event: L.LeafletMouseEvent) => onMove({ lat: event.latlng.lat, lng: event.latlng.lng }));
  return { hasTiles: !!settings.tileUrl, setPoint, setPlaces };
}
