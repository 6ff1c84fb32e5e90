export const messages = {
  vi: { resources: { users: { name: 'Tài khoản |||| Tài khoản', fields: {} } } },
  en: { resources: { users: { name: 'Account |||| Accounts', fields: {} } } },
};
