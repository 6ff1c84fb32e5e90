/**
 * The one registry of the API's domain areas. Schema assembly (graphql/schema.ts), the
 * `permissions` query (graphql/permissions.ts) and the tests iterate it; a new area is one
 * entry here, a new resource of an existing area one entry in that area's `resources`.
 */
import { assessmentsArea } from './assessments/assessments.resolvers';
import { auditArea } from './audit/audit.resolvers';
import { communityArea } from './community/community.resolvers';
import { commitmentsArea } from './commitments/commitments.resolvers';
import { dashboardArea } from './dashboard/dashboard.resolvers';
import { deadlinesArea } from './deadlines/deadlines.resolvers';
import { evidenceArea } from './evidence/evidence.resolvers';
import type { Area } from './graphql/area';
import { hierarchyArea } from './hierarchy/hierarchy.resolvers';
import { meetingsArea } from './meetings/meetings.resolvers';
import { modelsArea } from './models/models.resolvers';
import { organisationsArea } from './organisations/organisations.resolvers';
import { programmesArea } from './programmes/programmes.resolvers';
import { reportingArea } from './reporting/reporting.resolvers';
import { rewardsArea } from './rewards/rewards.resolvers';
import { tourismArea } from './tourism/tourism.resolvers';
import { usersArea } from './users/users.resolvers';

export const AREAS: readonly Area[] = [
  hierarchyArea,
  organisationsArea,
  usersArea,
  programmesArea,
  modelsArea,
  meetingsArea,
  communityArea,
  commitmentsArea,
  assessmentsArea,
  rewardsArea,
  evidenceArea,
  deadlinesArea,
  tourismArea,
  reportingArea,
  dashboardArea,
  auditArea,
];
