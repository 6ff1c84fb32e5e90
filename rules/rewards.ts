/**
 * Rewards and discipline (khen thưởng, kỷ luật): which step may follow which, and which decision
 * forms fit which kind. Who may take a step is the API's (api/rewards); the console offers only
 * the moves and forms the API accepts.
 */
import type { RewardAction, RewardForm, RewardIssuingLevel, RewardKind, RewardRecipientKind, RewardRecipientUnitLevel, RewardStatus } from './contract';
import { valuesOf } from './values';

/** The states each step starts from. */
export const REWARD_STEP_FROM = {
  PROPOSE: ['DRAFT'],
  DECIDE: ['PROPOSED'],
  REJECT: ['PROPOSED'],
  RETURN: ['PROPOSED'],
} as const satisfies Record<RewardAction, readonly RewardStatus[]>;

/** The state each step leads to: a returned proposal is a draft again. */
export const REWARD_STEP_TO = {
  PROPOSE: 'PROPOSED',
  DECIDE: 'DECIDED',
  REJECT: 'REJECTED',
  RETURN: 'DRAFT',
} as const satisfies Record<RewardAction, RewardStatus>;

export const REWARD_ACTIONS = valuesOf<RewardAction>(REWARD_STEP_FROM);
export const REWARD_STATUSES = valuesOf<RewardStatus>({ DRAFT: 1, PROPOSED: 1, DECIDED: 1, REJECTED: 1 });
export const REWARD_KINDS = valuesOf<RewardKind>({ COMMENDATION: 1, DISCIPLINE: 1 });
export const REWARD_RECIPIENT_KINDS = valuesOf<RewardRecipientKind>({ COLLECTIVE: 1, INDIVIDUAL: 1, HOUSEHOLD: 1 });
export const REWARD_RECIPIENT_UNIT_LEVELS = valuesOf<RewardRecipientUnitLevel>({ WARD: 1, NEIGHBOURHOOD: 1, ORGANISATION: 1 });
export const REWARD_ISSUING_LEVELS = valuesOf<RewardIssuingLevel>({ CENTRAL: 1, PROVINCE: 1, WARD: 1 });

/** The forms of a decision, by kind: a commendation is not a reprimand. */
export const REWARD_FORMS_BY_KIND = {
  COMMENDATION: ['PRAISE', 'CERTIFICATE_OF_MERIT', 'MERIT_DIPLOMA', 'EMULATION_FLAG', 'OTHER_COMMENDATION'],
  DISCIPLINE: ['CRITICISM', 'REPRIMAND', 'WARNING', 'DISMISSAL', 'OTHER_DISCIPLINE'],
} as const satisfies Record<RewardKind, readonly RewardForm[]>;

export const REWARD_FORMS = valuesOf<RewardForm>(Object.fromEntries(Object.values(REWARD_FORMS_BY_KIND).flat().map((f) => [f, 1])) as Record<RewardForm, 1>);

export const formFitsKind = (kind: RewardKind, form: RewardForm): boolean => (REWARD_FORMS_BY_KIND[kind] as readonly RewardForm[]).includes(form);

/** Steps that send a proposal back or refuse it say why: the proposers act on the note. */
export const rewardNoteRequired = (action: RewardAction): boolean => action === 'REJECT' || action === 'RETURN';

/** Only drafts change or are deleted. */
export const rewardEditable = (status: RewardStatus): boolean => status === 'DRAFT';

/** A draft that came back from the deciding level: its last step is a RETURN. */
export const isReturned = (reward: { status: RewardStatus; history: ReadonlyArray<{ action: RewardAction }> }): boolean =>
  reward.status === 'DRAFT' && reward.history.at(-1)?.action === 'RETURN';

/** Highest amount of a reward, in VND (a sanity bound, far above any real one). */
export const MAX_REWARD_AMOUNT = 1e12;
