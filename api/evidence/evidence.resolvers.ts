/** Evidence files on assessments (and other owners, owners.ts) and the recognition dossier. */
import DataLoader from 'dataloader';
import type { AssessmentDoc } from '../assessments/assessment.model';
import type { Area } from '../graphql/area';
import type { GraphQLContext } from '../graphql/context';
import { viewerOf } from '../graphql/context';
import type { EvidenceFile as EvidenceFileView, Resolvers } from '../generated/graphql';
import type { EvidenceFileDoc } from './evidence.model';
import { deleteEvidence, evidenceLimits, filesOfOwners } from './evidence.service';
import type { EvidenceOwnerType } from './owners';

/** One loader per request and owner type: the files of every owner in a list in one query. */
const loaders = new WeakMap<GraphQLContext, Map<EvidenceOwnerType, DataLoader<string, EvidenceFileDoc[]>>>();
export function ownerFilesLoader(ctx: GraphQLContext, type: EvidenceOwnerType): DataLoader<string, EvidenceFileDoc[]> {
  let byType = loaders.get(ctx);
  if (!byType) {
    viewerOf(ctx);
    byType = new Map();
    loaders.set(ctx, byType);
  }
  let found = byType.get(type);
  if (!found) {
    found = new DataLoader((ids: readonly string[]) => filesOfOwners(type, ids));
    byType.set(type, found);
  }
  return found;
}

export const evidenceView = (f: EvidenceFileDoc): EvidenceFileView => ({
  id: String(f._id),
  name: f.name,
  contentType: f.contentType,
  size: f.size,
  criterionId: f.criterionId ? String(f.criterionId) : null,
  addedAt: f.addedAt,
  addedBy: { id: f.addedBy.id ? String(f.addedBy.id) : null, username: f.addedBy.username, displayName: f.addedBy.displayName ?? null },
  downloadPath: `/files/${String(f._id)}`,
});

const resolvers: Resolvers = {
  Assessment: {
    evidence: async (a: AssessmentDoc, _args, ctx) => (await ownerFilesLoader(ctx, 'Assessment').load(String(a._id))).map(evidenceView),
    dossierPath: (a: AssessmentDoc) => `/exports/assessments/${String(a._id)}/dossier.zip`,
  },
  Query: {
    evidenceLimits: (_root, _args, ctx) => {
      viewerOf(ctx);
      return evidenceLimits(ctx.config);
    },
  },
  Mutation: {
    deleteEvidence: (_root, args, ctx) => deleteEvidence(viewerOf(ctx), args.id),
  },
};

export const evidenceArea: Area = { name: 'evidence', resolvers: [resolvers] };
