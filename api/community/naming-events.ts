/**
 * What the models and programmes services announce when a naming rule changes, without importing
 * the community groups (which import them): the groups' stored verdicts follow (community-group.service).
 * To wire: after an update that changed groupNamingRule, `await emitGroupNamingRuleChanged({ modelId })`
 * (or `{ programmeId }`).
 */
import { appEvent } from '../core/events';
import type { ObjectId } from '../core/access';

export type NamingRuleOwner = { modelId: ObjectId | string } | { programmeId: ObjectId | string };

const groupNamingRuleChanged = appEvent<[owner: NamingRuleOwner]>();

export const onGroupNamingRuleChanged = groupNamingRuleChanged.on;
export const emitGroupNamingRuleChanged = groupNamingRuleChanged.emit;
