import type { Resolvers } from '../generated/graphql';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import { maxTotal } from './criteria-set.model';
import { criteriaSets } from './criteria-set.service';
import { programmes } from './programme.service';

const typed: Resolvers = {
  Programme: {
    criteriaSet: (p, _args, ctx) => (p.criteriaSetId ? ctx.loaders().byId(criteriaSets).load(String(p.criteriaSetId)) : null),
    issuerUnit: (p, _args, ctx) => (p.issuerUnitId && p.issuerLevel ? ctx.loaders().unit(p.issuerLevel).load(String(p.issuerUnitId)) : null),
    // The old spelling, deprecated in the SDL for one release.
    recognisingLevel: (p) => p.recognizingLevel,
  },
  Target: { id: (t) => String(t._id) },
  Criterion: { id: (c) => String(c._id) },
  CriteriaSet: {
    maxTotal: (set) => maxTotal(set),
    programmes: (set, args, ctx) => ctx.loaders().childrenOf(programmes, 'criteriaSetId').load(childKey(set._id, args)),
  },
};

export const programmesArea: Area = { name: 'programmes', resolvers: [typed], resources: { programmes, criteriaSets } };
