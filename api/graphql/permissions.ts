/**
 * The caller's permissions per resource, from each resource's own access rules: the console
 * hides menus and buttons with this, while every write is still checked by the repository.
 */
import { AREAS } from '../areas';
import type { Viewer } from '../core/access';
import type { ResourcePermissions } from '../core/repository';
import { permissionsOfAreas } from './area';

export function permissionsOf(viewer: Viewer): Array<ResourcePermissions & { resource: string }> {
  return permissionsOfAreas(AREAS, viewer);
}
