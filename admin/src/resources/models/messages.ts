export const messages = {
  vi: { resources: { models: { name: 'Mô hình |||| Mô hình', fields: {} } } },
  en: { resources: { models: { name: 'Model |||| Models', fields: {} } } },
};
