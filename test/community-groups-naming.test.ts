/** The naming rules of community groups (rules/naming.ts), shared by the API and the console. */
import { applicableRule, foldName, followsNamingRule, normaliseRule, proposeGroupName } from '../rules/naming';

const RULE = 'Zalo ANTT {unit} xã Yên Cường';

describe('proposeGroupName', () => {
  test('puts the unit’s name in place of {unit}', () => {
    expect(proposeGroupName(RULE, 'Thôn 1')).toBe('Zalo ANTT Thôn 1 xã Yên Cường');
    expect(proposeGroupName(RULE, '  Xóm   2 ')).toBe('Zalo ANTT Xóm 2 xã Yên Cường');
    expect(proposeGroupName('{unit} – {unit}', 'Thôn 3')).toBe('Thôn 3 – Thôn 3');
  });

  test('answers null without a rule', () => {
    expect(proposeGroupName(null, 'Thôn 1')).toBeNull();
    expect(proposeGroupName('   ', 'Thôn 1')).toBeNull();
  });
});

describe('followsNamingRule', () => {
  test.each([
    ['Zalo ANTT Thôn 1 xã Yên Cường', true],
    ['zalo antt thon 1 xa yen cuong', true],
    ['ZALO  ANTT   THÔN 1 XÃ YÊN CƯỜNG ', true],
    ['Zalo ANTT Thon 1 xa Yen Cuong', true],
    ['Zalo ANTT Thôn 2 xã Yên Cường', false],
    ['Zalo ANTT Thôn 1', false],
    ['Nhóm Zalo Thôn 1', false],
  ])('%s → %s', (name, expected) => {
    expect(followsNamingRule(RULE, 'Thôn 1', name)).toBe(expected);
  });

  test('is null when no rule applies', () => {
    expect(followsNamingRule(null, 'Thôn 1', 'anything')).toBeNull();
  });
});

describe('the rule that applies', () => {
  test('the model’s own rule, else its programme’s', () => {
    expect(applicableRule(RULE, 'Zalo {unit}')).toBe(RULE);
    expect(applicableRule(null, 'Zalo {unit}')).toBe('Zalo {unit}');
    expect(applicableRule('  ', null)).toBeNull();
    expect(normaliseRule('  Zalo   ANTT {unit} ')).toBe('Zalo ANTT {unit}');
  });

  test('folding drops case, diacritics (đ too) and repeated spaces', () => {
    expect(foldName('  Đội  ANTT Phường Thảo Nguyên ')).toBe('doi antt phuong thao nguyen');
  });
});
