/** What the audit log knows about the records it describes: their resources, field labels and enum fields. */
import { useMemo } from 'react';
import { useResourceDefinitions, useTranslate, type TranslateFunction } from 'react-admin';
import type { AuditEntry } from '../../../../rules/contract';
import { enumsVi, type EnumName } from '../../i18n/enums';
import { recordTypeOf } from '../../providers/dataProvider';

/** This log's own resource: the only one whose records are not audited. */
const AUDIT_LOG = 'auditEntries';

/**
 * Audited record type → the console resource showing it (`Ward` → `wards`), for every resource
 * registered in the console (resources/index.ts) but the log itself: a new resource appears here
 * by itself, filterable, labelled by its own name and linked to its pages.
 */
export function useEntityResources(): Record<string, string> {
  const definitions = useResourceDefinitions();
  return useMemo(
    () =>
      Object.fromEntries(
        Object.keys(definitions)
          .filter((name) => name !== AUDIT_LOG)
          .flatMap((name) => {
            const type = recordTypeOf(name);
            return type ? [[type, name]] : [];
          }),
      ),
    [definitions],
  );
}

/** Audited types shown inside another resource's pages (no console resource of their own): labelled by resources.auditEntries.entityTypes.*. */
const NESTED_TYPES = ['EvidenceFile', 'CalendarFeed', 'CriteriaSetRevision'] as const;

/** A record type by its resource's name (singular), e.g. Report → "Phản ánh"; an unknown type as stored. */
export const entityTypeLabel = (translate: TranslateFunction, resource: string | undefined, entityType: string) =>
  resource
    ? translate(`resources.${resource}.name`, { smart_count: 1, _: entityType })
    : translate(`resources.auditEntries.entityTypes.${entityType}`, { _: entityType });

/** The entity-type filter's choices, in menu order. */
export function useEntityTypeChoices(): Array<{ id: string; name: string }> {
  const entityResources = useEntityResources();
  const translate = useTranslate();
  return [
    ...Object.entries(entityResources).map(([type, resource]) => ({ id: type, name: entityTypeLabel(translate, resource, type) })),
    ...NESTED_TYPES.filter((type) => !entityResources[type]).map((type) => ({ id: type, name: entityTypeLabel(translate, undefined, type) })),
  ];
}

/**
 * Fields holding an enum value, by entity type (`*` = any type): where the value's labels are,
 * an enum of the contract (enums.<Enum>.*) or the resource's own messages.
 */
const ENUM_FIELDS: Record<string, string> = {
  'Province.type': 'enums.ProvinceType',
  'Ward.type': 'enums.WardType',
  'Neighbourhood.type': 'enums.NeighbourhoodType',
  'Model.status': 'enums.ModelStatus',
  'Assessment.status': 'enums.AssessmentStatus',
  'Establishment.kind': 'resources.establishments.kinds',
  'Report.category': 'resources.reports.categories',
  'Report.status': 'resources.reports.statuses',
  'Report.lang': 'resources.reports.langs',
  'Report.source': 'resources.reports.sources',
  '*.category': 'enums.ModelCategory',
  '*.role': 'enums.Role',
  '*.level': 'enums.UnitLevel',
  '*.unitLevel': 'enums.UnitLevel',
  '*.scopeLevel': 'enums.UnitLevel',
  '*.subjectUnitLevel': 'enums.UnitLevel',
  '*.subjectLevel': 'enums.RatedLevel',
  '*.ratedLevel': 'enums.RatedLevel',
  '*.recognizingLevel': 'enums.RecognizingLevel',
  '*.issuerLevel': 'enums.RecognizingLevel',
  '*.period': 'enums.AssessmentPeriod',
};
/** The message prefix labelling a field's values (`enums.WardType`), when the field holds an enum. */
export const enumLabelsOf = (entityType: string, field: string): string | undefined => ENUM_FIELDS[`${entityType}.${field}`] ?? ENUM_FIELDS[`*.${field}`];

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
  assigneeId: 'users',
  establishmentId: 'establishments',
  assessmentId: 'assessments',
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

/** The name the record had (after the change, else before), when it has one; a report goes by its code. */
export function recordName(entry: Pick<AuditEntry, 'before' | 'after'>): string | undefined {
  for (const side of [entry.after, entry.before] as Array<Record<string, unknown> | null | undefined>) {
    const name = side?.name ?? side?.displayName ?? side?.username ?? side?.code;
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
  issuerLevel: ['RecognizingLevel'],
};
export const nestedEnumLabelsOf = (key: string, value: string): string | undefined => {
  const found = NESTED_ENUMS[key]?.find((e) => value in enumsVi[e]);
  return found && `enums.${found}`;
};

/** Keys of stored structures not worth showing: internal ids, and an actor's id next to their name. */
export const hiddenNestedKey = (key: string, object: Record<string, unknown>) => key === '_id' || key === 'id' || (key === 'by' && 'byName' in object);
