/**
 * The calls of the Khen thưởng section beyond create/read/update/delete: the workflow's steps
 * (a decision with its number, date and form) and the candidates of a unit and year. Errors come
 * back as the same HttpErrors the data provider gives.
 */
import { gql } from '@apollo/client';
import type { RewardAction, RewardCandidate, RewardDecisionInput, RewardStatus } from '../../../../rules/contract';
import { run } from '../../providers/api';

type Stepped = { id: string; status: RewardStatus; version: number };

const PROPOSE = gql`
  mutation ProposeReward($id: ID!, $note: String, $expectedVersion: Int) {
    proposeReward(id: $id, note: $note, expectedVersion: $expectedVersion) { id status version }
  }
`;
const REJECT = gql`
  mutation RejectReward($id: ID!, $note: String!, $expectedVersion: Int) {
    rejectReward(id: $id, note: $note, expectedVersion: $expectedVersion) { id status version }
  }
`;
const RETURN = gql`
  mutation ReturnReward($id: ID!, $note: String!, $expectedVersion: Int) {
    returnReward(id: $id, note: $note, expectedVersion: $expectedVersion) { id status version }
  }
`;
const DECIDE = gql`
  mutation DecideReward($id: ID!, $input: RewardDecisionInput!, $expectedVersion: Int) {
    decideReward(id: $id, input: $input, expectedVersion: $expectedVersion) { id status version }
  }
`;
const FIELD = { PROPOSE: 'proposeReward', REJECT: 'rejectReward', RETURN: 'returnReward' } as const;
const DOCUMENT = { PROPOSE, REJECT, RETURN };

/** A step that takes only a note (PROPOSE, REJECT, RETURN). */
export async function stepReward(id: string, action: Exclude<RewardAction, 'DECIDE'>, note: string | null, expectedVersion: number): Promise<Stepped> {
  const data = await run<Record<string, Stepped>>(DOCUMENT[action], { id, note, expectedVersion }, true);
  return data[FIELD[action]] as Stepped;
}

export const decideReward = async (id: string, input: RewardDecisionInput, expectedVersion: number): Promise<Stepped> =>
  (await run<{ decideReward: Stepped }>(DECIDE, { id, input, expectedVersion }, true)).decideReward;

const CANDIDATES = gql`
  query RewardCandidates($unitId: ID!, $year: Int!) {
    rewardCandidates(unitId: $unitId, year: $year) {
      assessment { id year programme { id name } }
      recipientKind
      recipientName
      recipientUnitId
      recipientUnitName
      modelId
      reason
    }
  }
`;
export type Candidate = Omit<RewardCandidate, 'assessment'> & { assessment: { id: string; year: number; programme: { id: string; name: string } | null } };
export const fetchCandidates = async (unitId: string, year: number): Promise<Candidate[]> =>
  (await run<{ rewardCandidates: Candidate[] }>(CANDIDATES, { unitId, year })).rewardCandidates;
