/**
 * The map parts other screens use. The hot-spot map itself is lazy (React.lazy): Leaflet loads
 * only when a map is shown, never with the console's first screens.
 */
import { lazy } from 'react';

export const LazyHotspotMap = lazy(() => import('./HotspotMap'));
export { AliasesInput } from './AliasesInput';
export { LocationInput } from './LocationInput';
export { AliasesField, LocationField } from './PlaceFields';
