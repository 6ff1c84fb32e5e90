import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';
import { SUBJECT_NAME_FIELDS, subjectName, type SubjectNames } from './subjectName';

export const assessments: ResourceConfig = {
  name: 'assessments',
  icon: FactCheckIcon,
  list: lazyScreen(async () => (await import('./AssessmentList')).AssessmentList),
  show: lazyScreen(async () => (await import('./AssessmentShow')).AssessmentShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { RatingForm }] = await Promise.all([import('../../common/ResourceEdit'), import('./RatingForm')]);
    return () => (
      <ResourceEdit>
        <RatingForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => (await import('./AssessmentCreate')).AssessmentCreate),
  recordRepresentation: (r) => `${subjectName(r as SubjectNames) ?? ''} · ${r.year}`,
  // The list's and export's columns, the neighbourhood page's table, the create form's check for an existing one, recordRepresentation.
  listFields: [...SUBJECT_NAME_FIELDS, 'subjectId', 'organisationId', 'dueState', 'dueAt', 'subjectLevel', 'programme.name', 'programmeId', 'year', 'quarter', 'status', 'total', 'classification', 'provinceId', 'wardId', 'neighbourhoodId', 'createdAt', 'updatedAt'],
  messages,
};
