/**
 * The caller's permissions per resource, from each resource's own access rules: the console
 * hides menus and buttons with this, while every write is still checked by the repository.
 */
import type { Viewer } from '../core/access';
import type { ResourcePermissions } from '../core/repository';
import { assessments } from '../assessments/assessment.service';
import { mayReadAuditLog } from '../audit/audit.service';
import { neighbourhoods, provinces, wards } from '../hierarchy/hierarchy.service';
import { models } from '../models/model.service';
import { criteriaSets, programmes } from '../programmes/programmes.service';
import { users } from '../users/user.service';
import { establishments } from '../tourism/establishment.service';
import { reports } from '../tourism/report.service';

const REPOSITORIES = { provinces, wards, neighbourhoods, programmes, criteriaSets, models, assessments, establishments, reports, users };

export function permissionsOf(viewer: Viewer): Array<ResourcePermissions & { resource: string }> {
  const auditLog = mayReadAuditLog(viewer);
  return [
    ...Object.entries(REPOSITORIES).map(([resource, repo]) => ({ resource, ...repo.resourcePermissions(viewer) })),
    { resource: 'auditEntries', read: auditLog, create: false, update: false, delete: false },
  ];
}
