/** The name of what an assessment rates, whichever kind of subject it is (unit, model, business, organisation). */
export interface SubjectNames {
  subject?: { name?: string | null } | null;
  subjectModel?: { name?: string | null } | null;
  subjectEstablishment?: { name?: string | null } | null;
  subjectOrganisation?: { name?: string | null } | null;
}

export const subjectName = (record: SubjectNames | null | undefined): string | undefined =>
  record?.subject?.name ?? record?.subjectModel?.name ?? record?.subjectEstablishment?.name ?? record?.subjectOrganisation?.name ?? undefined;

/** The fields subjectName reads, for list queries (ResourceConfig.listFields). */
export const SUBJECT_NAME_FIELDS = ['subject.name', 'subjectModel.name', 'subjectEstablishment.name', 'subjectOrganisation.name'] as const;
