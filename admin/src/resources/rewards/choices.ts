/** The choices of the reward screens, labelled from the resource's messages. */
import type { RewardForm, RewardKind } from '../../../../rules/contract';
import { REWARD_FORMS_BY_KIND } from '../../../../rules/rewards';
import { enumValuesOf } from '../../providers/dataProvider';

const choicesOf = (enumName: string, key: string) => enumValuesOf(enumName).map((id) => ({ id, name: `resources.rewards.${key}.${id}` }));

export const kindChoices = choicesOf('RewardKind', 'kinds');
export const recipientKindChoices = choicesOf('RewardRecipientKind', 'recipientKinds');
export const statusChoices = choicesOf('RewardStatus', 'statuses');
export const formChoices = choicesOf('RewardForm', 'forms');
export const issuingLevelChoices = choicesOf('RewardIssuingLevel', 'issuingLevels');
/** The forms a decision of this kind may take (the API refuses the others). */
export const formsOf = (kind: RewardKind): RewardForm[] => [...REWARD_FORMS_BY_KIND[kind]];
