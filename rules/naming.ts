/**
 * Naming rules of community groups (seed 001: "Tên nhóm zalo thống nhất là: Zalo ANTT + tên thôn,
 * xóm (cơ quan, đơn vị) + xã Yên Cường"). A rule is a template in which `{unit}` stands for the
 * name of the group's unit (a thôn, xóm, tổ dân phố or an organisation), e.g.
 * `Zalo ANTT {unit} xã Yên Cường`. Names are compared ignoring case, diacritics and repeated
 * spaces. Shared by the API (which stores the verdict so lists can filter on it) and the console.
 */

/** The placeholder of a rule for the unit's name. */
export const UNIT_PLACEHOLDER = '{unit}';

/**
 * The folded form names are compared in: no diacritics (đ → d), lower case, single spaces.
 * The same folding the API's search uses (api/core/text.ts), kept here so rules/ stands alone.
 */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A rule as stored: trimmed, null when empty. */
export function normaliseRule(rule: string | null | undefined): string | null {
  const trimmed = rule?.replace(/\s+/g, ' ').trim() ?? '';
  return trimmed ? trimmed : null;
}

/** The rule that applies to a model's groups: the model's own, else its programme's, else none. */
export function applicableRule(modelRule: string | null | undefined, programmeRule: string | null | undefined): string | null {
  return normaliseRule(modelRule) ?? normaliseRule(programmeRule);
}

/** The name the rule gives a group of the unit `unitName`; null without a rule. */
export function proposeGroupName(rule: string | null | undefined, unitName: string): string | null {
  const template = normaliseRule(rule);
  if (!template) return null;
  return template.split(UNIT_PLACEHOLDER).join(unitName.replace(/\s+/g, ' ').trim()).replace(/\s+/g, ' ').trim();
}

/** Whether `name` is the name the rule gives the unit (folded comparison); null without a rule. */
export function followsNamingRule(rule: string | null | undefined, unitName: string, name: string): boolean | null {
  const expected = proposeGroupName(rule, unitName);
  if (expected === null) return null;
  return foldName(expected) === foldName(name);
}
