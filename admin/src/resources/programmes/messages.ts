export const messages = {
  vi: { resources: { programmes: { name: 'Phong trào |||| Phong trào', fields: {} } } },
  en: { resources: { programmes: { name: 'Programme |||| Programmes', fields: {} } } },
};
