export const messages = {
  vi: { resources: { criteriaSets: { name: 'Bộ tiêu chí |||| Bộ tiêu chí', fields: {} } } },
  en: { resources: { criteriaSets: { name: 'Criteria set |||| Criteria sets', fields: {} } } },
};
