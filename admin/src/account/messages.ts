/** The account screens' messages (account.*), Vietnamese first. */
export const messages = {
  vi: { account: {} },
  en: { account: {} },
};
