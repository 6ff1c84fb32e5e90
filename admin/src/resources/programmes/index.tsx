import FlagIcon from '@mui/icons-material/Flag';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./ProgrammeForm')]);

export const programmes: ResourceConfig = {
  name: 'programmes',
  icon: FlagIcon,
  list: lazyScreen(async () => (await import('./ProgrammeList')).ProgrammeList),
  show: lazyScreen(async () => (await import('./ProgrammeShow')).ProgrammeShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { ProgrammeForm, cleanProgramme }] = await screens();
    return () => (
      <ResourceEdit transform={cleanProgramme}>
        <ProgrammeForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { ProgrammeForm, withIssuer }] = await screens();
    return () => (
      <ResourceCreate transform={withIssuer}>
        <ProgrammeForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: 'name',
  // The list's and export's columns (the issuing unit's name included), a criteria set's table, the assessment create form (rated level, period, criteria set), pickers (name).
  listFields: ['code', 'name', 'ratedLevel', 'alsoRates', 'recognizingLevel', 'period', 'criteriaSet.name', 'criteriaSetId', 'issuerUnitId', 'issuingUnitName', 'createdAt', 'updatedAt'],
  messages,
};
