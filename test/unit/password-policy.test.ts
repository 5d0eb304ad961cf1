import { describe, expect, test } from 'vitest';
import { checkPassword } from '../../src/core/auth/password-policy.ts';
import { bundledCommonPasswords } from '../../src/security/common-passwords.ts';

const common = bundledCommonPasswords();
const problem = (pw: string, ctx = {}) => {
  try {
    checkPassword(pw, common, ctx);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('password policy (length and a deny-list, no composition rules)', () => {
  test('a long passphrase of plain words is accepted without digits or symbols', () => {
    expect(problem('lantern meadow copper violin')).toBeNull();
  });

  test('fewer than 12 characters is refused', () => {
    expect(problem('Xk4!vq9#Lm2')).toMatch(/at least 12/);
  });

  test('common and breached passwords are refused, including padded variants', () => {
    for (const pw of [
      'password1234',
      'qwertyuiop123',
      '123456789012',
      'iloveyou2024!!',
      'Password2026!',
    ]) {
      expect(problem(pw), pw).toMatch(/too common/);
    }
  });

  test('the bundled list is large (tens of thousands of entries)', () => {
    expect(common.isCommon('sunshine')).toBe(true);
    expect(common.isCommon('dragon')).toBe(true);
  });

  test('a password made of the person’s own name or email is refused', () => {
    expect(problem('annabellesmith', { fullName: 'Annabelle Smith' })).toMatch(
      /name, email or school/,
    );
    expect(problem('j.bloggs.teacher1', { email: 'j.bloggs.teacher1@school.org' })).toMatch(
      /name, email or school/,
    );
  });

  test('one character repeated is refused', () => {
    expect(problem('zzzzzzzzzzzzzzzz')).not.toBeNull();
  });
});
