import type { Resolvers } from '../generated/graphql';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import type { GraphQLContext } from '../graphql/context';
import type { ProgrammeDoc } from './programme.model';
import { maxTotal } from './criteria-set.model';
import { criteriaSets } from './criteria-set.service';
import { ALL_EDITIONS, criteriaSetRevisions, editionView, revisionOf } from './criteria-set-editions';
import { programmes } from './programme.service';
import { legalBasisChain } from './legal-basis';

/** The unit that issued a programme (null: national), batched; readable to the caller's scope and ancestors, so a unit elsewhere shows as null. */
const issuingUnit = (p: ProgrammeDoc, ctx: GraphQLContext) => (p.issuerUnitId && p.issuerLevel ? ctx.loaders().unit(p.issuerLevel).load(String(p.issuerUnitId)) : null);

const typed: Resolvers = {
  Programme: {
    criteriaSet: (p, _args, ctx) => (p.criteriaSetId ? ctx.loaders().byId(criteriaSets).load(String(p.criteriaSetId)) : null),
    issuerUnit: (p, _args, ctx) => issuingUnit(p, ctx),
    issuingUnit: (p, _args, ctx) => issuingUnit(p, ctx),
    issuingUnitName: async (p, _args, ctx) => {
      if (!p.issuerUnitId) return null;
      const unit = await issuingUnit(p, ctx);
      return unit?.name ?? p.issuerName ?? null;
    },
    alsoRates: (p) => p.alsoRates ?? [],
    // Records stored before issue 14 lack these fields.
    responsibilities: (p) => p.responsibilities ?? [],
    recipients: (p) => p.recipients ?? [],
    groupNamingRule: (p) => p.groupNamingRule ?? null,
    legalBasisChain: (p) => legalBasisChain(p.legalBasis ?? []),
    // The old spelling, deprecated in the SDL for one release.
    recognisingLevel: (p) => p.recognizingLevel,
  },
  Target: { id: (t) => String(t._id) },
  DocumentRef: { basedOn: (d) => d.basedOn ?? null },
  Criterion: { id: (c) => String(c._id) },
  CriteriaSet: {
    maxTotal: (set) => maxTotal(set),
    programmes: (set, args, ctx) => ctx.loaders().childrenOf(programmes, 'criteriaSetId').load(childKey(set._id, args)),
    revision: (set) => revisionOf(set),
    revisions: async (set, _args, ctx) => (await ctx.loaders().childrenOf(criteriaSetRevisions, 'setId').load(childKey(set._id, ALL_EDITIONS))).items.map(editionView),
  },
};

export const programmesArea: Area = { name: 'programmes', resolvers: [typed], resources: { programmes, criteriaSets } };
