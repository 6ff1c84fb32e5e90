/** What the audit log knows about the records it describes: their resources, field labels and enum fields. */
import type { TranslateFunction } from 'react-admin';
import { changedFields } from '../../common/RecordHistory';
import type { AuditEntry } from '../../generated/graphql';
import { enumsVi, type EnumName } from '../../i18n/enums';

export const ENTITY_TYPES = ['Province', 'Ward', 'Neighbourhood', 'Programme', 'CriteriaSet', 'Model', 'Assessment', 'User'] as const;

/** The console resource showing each entity type. */
export const ENTITY_RESOURCE: Record<string, string> = {
  Province: 'provinces',
  Ward: 'wards',
  Neighbourhood: 'neighbourhoods',
  Programme: 'programmes',
  CriteriaSet: 'criteriaSets',
  Model: 'models',
  Assessment: 'assessments',
  User: 'users',
};

export const entityTypeChoices = ENTITY_TYPES.map((t) => ({ id: t, name: `resources.auditEntries.entityTypes.${t}` }));

export const entityTypeLabel = (translate: TranslateFunction, entityType: string) => translate(`resources.auditEntries.entityTypes.${entityType}`, { _: entityType });

/** Stored helpers that mean nothing to a reader (and never a password hash). */
const HIDDEN = new Set(['passwordHash', 'password', 'nameSort', 'search']);

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every(isEmpty));

export type Change = { field: string; before: unknown; after: unknown };

/** The fields an entry changed; for a creation or deletion, the fields that held a value. */
export function visibleChanges(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>): Change[] {
  return changedFields(entry).filter(
    (c) => !HIDDEN.has(c.field) && (entry.action === 'CREATE' ? !isEmpty(c.after) : entry.action === 'DELETE' ? !isEmpty(c.before) : true),
  );
}

/** The record's own label for a field when its resource has one, else the audit log's, else the stored name. */
export const fieldLabel = (translate: TranslateFunction, entityType: string, field: string) => {
  const own = translate(`resources.auditEntries.entityFields.${field}`, { _: field });
  const resource = ENTITY_RESOURCE[entityType];
  return resource ? translate(`resources.${resource}.fields.${field}`, { _: own }) : own;
};

/** Fields holding an enum value, by entity type (`*` = any type). */
const ENUM_FIELDS: Record<string, EnumName> = {
  'Province.type': 'ProvinceType',
  'Ward.type': 'WardType',
  'Neighbourhood.type': 'NeighbourhoodType',
  'Model.status': 'ModelStatus',
  'Assessment.status': 'AssessmentStatus',
  '*.category': 'ModelCategory',
  '*.role': 'Role',
  '*.level': 'UnitLevel',
  '*.unitLevel': 'UnitLevel',
  '*.scopeLevel': 'UnitLevel',
  '*.subjectUnitLevel': 'UnitLevel',
  '*.subjectLevel': 'RatedLevel',
  '*.ratedLevel': 'RatedLevel',
  '*.recognisingLevel': 'RecognisingLevel',
  '*.issuerLevel': 'RecognisingLevel',
  '*.period': 'AssessmentPeriod',
};
export const enumOf = (entityType: string, field: string): EnumName | undefined => ENUM_FIELDS[`${entityType}.${field}`] ?? ENUM_FIELDS[`*.${field}`];

/** Fields holding the id of another record: its resource, or the sibling field telling the unit's level. */
const REFERENCES: Record<string, string | { levelField: string }> = {
  provinceId: 'provinces',
  wardId: 'wards',
  neighbourhoodId: 'neighbourhoods',
  programmeId: 'programmes',
  criteriaSetId: 'criteriaSets',
  headUserId: 'users',
  submittedBy: 'users',
  appraisedBy: 'users',
  scopeUnitId: { levelField: 'scopeLevel' },
  unitId: { levelField: 'unitLevel' },
  subjectId: { levelField: 'subjectLevel' },
};
const LEVEL_RESOURCE: Record<string, string> = { PROVINCE: 'provinces', WARD: 'wards', NEIGHBOURHOOD: 'neighbourhoods', MODEL: 'models' };

export function referenceOf(field: string, values: Record<string, unknown>): string | undefined {
  const ref = REFERENCES[field];
  if (!ref) return undefined;
  return typeof ref === 'string' ? ref : LEVEL_RESOURCE[String(values[ref.levelField])];
}

/** The name the record had (after the change, else before), when it has one. */
export function recordName(entry: Pick<AuditEntry, 'before' | 'after'>): string | undefined {
  for (const side of [entry.after, entry.before] as Array<Record<string, unknown> | null | undefined>) {
    const name = side?.name ?? side?.displayName ?? side?.username;
    if (typeof name === 'string' && name) return name;
  }
  return undefined;
}

/** Label of a key inside a stored structure (a channel's kind, a history step's date…). */
export const nestedLabel = (translate: TranslateFunction, key: string) =>
  translate(`resources.auditEntries.nestedFields.${key}`, { _: translate(`resources.auditEntries.entityFields.${key}`, { _: key }) });

/** Enums a key inside a stored structure may hold; the first one knowing the value names it. */
const NESTED_ENUMS: Record<string, EnumName[]> = {
  action: ['AssessmentAction', 'AuditAction'],
  kind: ['ChannelKind', 'CriterionKind'],
  comparison: ['TargetComparison'],
  level: ['UnitLevel'],
  issuerLevel: ['RecognisingLevel'],
};
export const nestedEnumOf = (key: string, value: string): EnumName | undefined => NESTED_ENUMS[key]?.find((e) => value in enumsVi[e]);

/** Keys of stored structures not worth showing: internal ids, and an actor's id next to their name. */
export const hiddenNestedKey = (key: string, object: Record<string, unknown>) => key === '_id' || key === 'id' || (key === 'by' && 'byName' in object);
