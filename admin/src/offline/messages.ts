/** The offline screens' messages (offline.*), Vietnamese first. */
export const messages = {
  vi: { offline: {} },
  en: { offline: {} },
};
