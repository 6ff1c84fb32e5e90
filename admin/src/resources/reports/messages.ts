export const messages = {
  vi: { resources: { reports: { name: 'Phản ánh |||| Phản ánh', fields: {} } } },
  en: { resources: { reports: { name: 'Report |||| Reports', fields: {} } } },
};
