import { childKey } from '../core/repository';
import type { Area, ResolverMap } from '../graphql/area';
import type { GraphQLContext } from '../graphql/context';
import { neighbourhoods } from '../hierarchy/hierarchy.service';
import { programmes } from '../programmes/programme.service';
import type { HouseholdCommitmentDoc } from './household-commitment.model';
import { householdCommitments } from './household-commitment.service';

type ChildArgs = Parameters<typeof childKey>[1];

// Untyped: codegen has no mapper for HouseholdCommitment yet (the lead adds it to codegen.yml).
const relations: ResolverMap = {
  HouseholdCommitment: {
    neighbourhood: (c: HouseholdCommitmentDoc, _args: unknown, ctx: GraphQLContext) => ctx.loaders().byId(neighbourhoods).load(String(c.neighbourhoodId)),
    programme: (c: HouseholdCommitmentDoc, _args: unknown, ctx: GraphQLContext) => ctx.loaders().byId(programmes).load(String(c.programmeId)),
  },
  Neighbourhood: {
    householdCommitments: (n: { _id: unknown }, args: ChildArgs, ctx: GraphQLContext) =>
      ctx.loaders().childrenOf(householdCommitments, 'neighbourhoodId').load(childKey(n._id as never, args)),
  },
};

export const commitmentsArea: Area = { name: 'commitments', resolvers: [relations], resources: { householdCommitments } };
