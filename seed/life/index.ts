/**
 * A model's life after launch (issue 14), as the seed documents describe it: meetings and their
 * schedules, community groups, household commitments and rewards. Runs after the models and
 * the demo accounts; each step inserts only what is missing, like the rest of the seed.
 */
import { seedCommunityGroups } from './community-groups';
import { seedHouseholdCommitments } from './household-commitments';
import { seedMeetings } from './meetings';
import { seedRewards } from './rewards';

export interface LifeSeedReport {
  meetings: number;
  communityGroups: number;
  householdCommitments: number;
  rewards: number;
}

export async function seedLifeAfterLaunch(): Promise<LifeSeedReport> {
  // Commitments first: they fill in the sample neighbourhoods' household counts the groups' coverage is measured against.
  const householdCommitments = await seedHouseholdCommitments();
  const communityGroups = await seedCommunityGroups();
  const meetings = await seedMeetings();
  const rewards = await seedRewards();
  return { meetings, communityGroups, householdCommitments, rewards };
}
