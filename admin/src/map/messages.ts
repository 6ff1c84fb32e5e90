/** The map screens' messages (map.*), Vietnamese first. */
export const messages = {
  vi: { map: {} },
  en: { map: {} },
};
