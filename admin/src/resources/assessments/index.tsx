import FactCheckIcon from '@mui/icons-material/FactCheck';
import { ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { AssessmentCreate } from './AssessmentCreate';
import { AssessmentList } from './AssessmentList';
import { AssessmentShow } from './AssessmentShow';
import { messages } from './messages';
import { RatingForm } from './RatingForm';

export const assessments: ResourceConfig = {
  name: 'assessments',
  icon: FactCheckIcon,
  list: AssessmentList,
  show: AssessmentShow,
  edit: () => (
    <ResourceEdit>
      <RatingForm />
    </ResourceEdit>
  ),
  create: AssessmentCreate,
  recordRepresentation: (r) => `${r.subject?.name ?? r.subjectModel?.name ?? r.subjectEstablishment?.name ?? ''} · ${r.year}`,
  messages,
};
