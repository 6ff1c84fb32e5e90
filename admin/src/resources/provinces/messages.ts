export const messages = {
  vi: { resources: { provinces: { name: 'Tỉnh, thành phố |||| Tỉnh, thành phố', fields: {} } } },
  en: { resources: { provinces: { name: 'Province |||| Provinces', fields: {} } } },
};
