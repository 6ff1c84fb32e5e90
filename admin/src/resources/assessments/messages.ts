export const messages = {
  vi: { resources: { assessments: { name: 'Đánh giá |||| Đánh giá', fields: {} } } },
  en: { resources: { assessments: { name: 'Assessment |||| Assessments', fields: {} } } },
};
