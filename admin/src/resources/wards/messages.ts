export const messages = {
  vi: { resources: { wards: { name: 'Xã, phường |||| Xã, phường', fields: {} } } },
  en: { resources: { wards: { name: 'Commune / ward |||| Communes / wards', fields: {} } } },
};
