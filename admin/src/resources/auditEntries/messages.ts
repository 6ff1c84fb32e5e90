export const messages = {
  vi: { resources: { auditEntries: { name: 'Nhật ký thay đổi |||| Nhật ký thay đổi', fields: {} } } },
  en: { resources: { auditEntries: { name: 'Audit log entry |||| Audit log', fields: {} } } },
};
