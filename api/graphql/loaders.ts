/** Per-request DataLoaders: every parent/child hop in the graph is batched through these. */
import type { UnitLevel, Viewer } from '../core/access';
import { assessments } from '../assessments/assessment.service';
import { models } from '../models/model.service';
import { criteriaSets, programmes } from '../programmes/programmes.service';
import { neighbourhoods, provinces, wards } from '../hierarchy/hierarchy.service';
import { users } from '../users/user.service';
import { establishments } from '../tourism/establishment.service';
import { reports } from '../tourism/report.service';

export function createLoaders(viewer: Viewer) {
  const units = {
    PROVINCE: provinces.loader(viewer),
    WARD: wards.loader(viewer),
    NEIGHBOURHOOD: neighbourhoods.loader(viewer),
  };
  const modelsOf = {
    provinceId: models.childLoader(viewer, 'provinceId'),
    wardId: models.childLoader(viewer, 'wardId'),
    neighbourhoodId: models.childLoader(viewer, 'neighbourhoodId'),
    programmeId: models.childLoader(viewer, 'programmeId'),
  };
  const assessmentsOf = {
    wardId: assessments.childLoader(viewer, 'wardId'),
    neighbourhoodId: assessments.childLoader(viewer, 'neighbourhoodId'),
  };
  return {
    province: units.PROVINCE,
    ward: units.WARD,
    neighbourhood: units.NEIGHBOURHOOD,
    /** The loader for units of `level` (for fields typed as the Unit interface). */
    unit: (level: UnitLevel) => units[level],
    user: users.loader(viewer),
    programme: programmes.loader(viewer),
    criteriaSet: criteriaSets.loader(viewer),
    model: models.loader(viewer),
    wardsOfProvince: wards.childLoader(viewer, 'provinceId'),
    neighbourhoodsOfWard: neighbourhoods.childLoader(viewer, 'wardId'),
    programmesOfCriteriaSet: programmes.childLoader(viewer, 'criteriaSetId'),
    /** Models under a unit or a programme, by the field that links them. */
    modelsOf: (field: keyof typeof modelsOf) => modelsOf[field],
    /** Assessments of a ward (and its neighbourhoods) or of a neighbourhood. */
    assessmentsOf: (field: keyof typeof assessmentsOf) => assessmentsOf[field],
    /** Assessments whose subject is the given record (an establishment's quarterly ratings). */
    assessmentsOfSubject: assessments.childLoader(viewer, 'subjectId'),
    establishment: establishments.loader(viewer),
    establishmentsOfNeighbourhood: establishments.childLoader(viewer, 'neighbourhoodId'),
    reportsOfEstablishment: reports.childLoader(viewer, 'establishmentId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
