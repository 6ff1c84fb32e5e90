/** The triage step, which react-admin's CRUD data provider does not know: one typed mutation, errors as HttpErrors. */
import { gql } from '@apollo/client';
import type { Mutation, ReportTriageInput } from '../../generated/graphql';
import { apolloClient } from '../../providers/apolloClient';
import { toHttpError } from '../../providers/errors';

const TRIAGE = gql`
  mutation TriageReport($id: ID!, $input: ReportTriageInput!, $expectedVersion: Int) {
    triageReport(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`;

export async function triageReport(id: string, input: ReportTriageInput, expectedVersion: number) {
  try {
    const result = await apolloClient.mutate<Pick<Mutation, 'triageReport'>>({ mutation: TRIAGE, variables: { id, input, expectedVersion } });
    return (result.data as Pick<Mutation, 'triageReport'>).triageReport;
  } catch (e) {
    throw toHttpError(e);
  }
}
