/** Who keeps meetings and schedules: officers in scope, and a neighbourhood head their own neighbourhood's. */
import { officersInScope, scopeFilter, type Rule, type Viewer } from '../core/access';

export const meetingKeepers = (viewer: Viewer): Rule => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? scopeFilter(viewer) : officersInScope(viewer));
/** Deleting is for officers in scope (a head records and corrects, but does not remove). */
export const meetingRemovers = officersInScope;
