/**
 * Leaflet with its marker-cluster plugin and their style sheets, for the map modules only (they
 * are loaded lazily, so none of this is in the console's first-load bundle). The plugin extends
 * the global `L`, hence the global set first (./leafletGlobal is evaluated before the plugin).
 */
import L from './leafletGlobal';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';

export { L };

/** Viet Nam whole, when there is nothing to centre on. */
export const VIETNAM_CENTRE: [number, number] = [16.0, 106.0];
export const VIETNAM_ZOOM = 5;
/** The deepest zoom (street level). Set on every map: without a tile layer Leaflet has none, and the cluster plugin needs one. */
export const MAX_ZOOM = 18;

/**
 * A marker drawn with CSS only (no image to fetch): a round dot for a report in its category's
 * colour, a square for a business. Its class says which, for tests and styles.
 */
export function dotIcon(color: string, shape: 'round' | 'square', title: string): L.DivIcon {
  const dot = document.createElement('span');
  dot.title = title;
  Object.assign(dot.style, {
    display: 'block',
    width: '18px',
    height: '18px',
    boxSizing: 'border-box',
    background: color,
    border: '2px solid #fff',
    borderRadius: shape === 'round' ? '50%' : '3px',
    boxShadow: '0 0 0 1px rgba(0,0,0,.45)',
  });
  return L.divIcon({ html: dot, className: `hotspot-marker hotspot-marker-${shape}`, iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -10] });
}
