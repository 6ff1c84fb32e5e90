export const messages = {
  vi: { resources: { establishments: { name: 'Cơ sở kinh doanh |||| Cơ sở kinh doanh', fields: {} } } },
  en: { resources: { establishments: { name: 'Business |||| Businesses', fields: {} } } },
};
