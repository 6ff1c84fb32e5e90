/**
 * The few calls that are not create/read/update/delete of a resource: the caller's
 * permissions, workflow steps and report triage. Each is one typed document; errors come back
 * as the same HttpErrors the data provider gives.
 */
import { gql, type DocumentNode } from '@apollo/client';
import type { AssessmentAction, Mutation, Query, ReportTriageInput, ResourceAccess } from '../../../rules/contract';
import { apolloClient } from './apolloClient';
import { toHttpError } from './errors';

/** One call of a query or mutation beside the data provider (never from Apollo's cache), its errors as HttpErrors. */
export async function run<T>(document: DocumentNode, variables: Record<string, unknown>, mutation = false): Promise<T> {
  try {
    const result = mutation
      ? await apolloClient.mutate<T>({ mutation: document, variables })
      : await apolloClient.query<T>({ query: document, variables, fetchPolicy: 'no-cache' });
    return result.data as T;
  } catch (e) {
    throw toHttpError(e);
  }
}

const PERMISSIONS = gql`
  query Permissions {
    permissions { resource read create update delete }
  }
`;
export const fetchPermissions = async (): Promise<ResourceAccess[]> => (await run<Pick<Query, 'permissions'>>(PERMISSIONS, {})).permissions;

const TRANSITION = gql`
  mutation Transition($id: ID!, $action: AssessmentAction!, $note: String, $expectedVersion: Int) {
    transitionAssessment(id: $id, action: $action, note: $note, expectedVersion: $expectedVersion) { id status version }
  }
`;
export const transitionAssessment = async (id: string, action: AssessmentAction, note: string | null, expectedVersion: number) =>
  (await run<Pick<Mutation, 'transitionAssessment'>>(TRANSITION, { id, action, note, expectedVersion }, true)).transitionAssessment;

const TRIAGE = gql`
  mutation TriageReport($id: ID!, $input: ReportTriageInput!, $expectedVersion: Int) {
    triageReport(id: $id, input: $input, expectedVersion: $expectedVersion) { id status version }
  }
`;
export const triageReport = async (id: string, input: ReportTriageInput, expectedVersion: number) =>
  (await run<Pick<Mutation, 'triageReport'>>(TRIAGE, { id, input, expectedVersion }, true)).triageReport;

