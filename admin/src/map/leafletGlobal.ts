/** Leaflet as the global `L`, which leaflet.markercluster extends when it loads (see ./leaflet.ts). */
import L from 'leaflet';

(window as unknown as { L: typeof L }).L = L;

export default L;
