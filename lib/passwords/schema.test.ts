import { describe, expect, it } from 'vitest';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { passwordChangeSchema, passwordFormValues, passwordIssues } from './schema';

const issues = (v: Record<string, string>) => {
  const r = passwordChangeSchema.safeParse(v);
  return r.success ? {} : passwordIssues(r.error);
};
const good = 'a-new-password';

describe('password change schema', () => {
  it('takes a new password of the allowed lengths, typed twice', () => {
    for (const len of [MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH]) {
      const password = 'x'.repeat(len);
      expect(passwordChangeSchema.safeParse({ current: 'old', password, confirm: password }).success).toBe(true);
    }
  });

  it('refuses a new password too short or too long, before anything is hashed', () => {
    const short = 'x'.repeat(MIN_PASSWORD_LENGTH - 1);
    const long = 'x'.repeat(MAX_PASSWORD_LENGTH + 1);
    expect(issues({ current: 'old', password: short, confirm: short })).toEqual({ password: 'length' });
    expect(issues({ current: 'old', password: long, confirm: long })).toEqual({ password: 'length', confirm: 'tooLong' });
  });

  it('bounds the current password too, and needs one', () => {
    expect(issues({ current: 'x'.repeat(MAX_PASSWORD_LENGTH + 1), password: good, confirm: good })).toEqual({ current: 'tooLong' });
    expect(issues({ current: '', password: good, confirm: good })).toEqual({ current: 'required' });
  });

  it('names a confirmation that differs, and a new password equal to the current one', () => {
    expect(issues({ current: 'old', password: good, confirm: `${good}!` })).toEqual({ confirm: 'mismatch' });
    expect(issues({ current: good, password: good, confirm: good })).toEqual({ password: 'same' });
  });

  it('reads a file or a missing field as empty', () => {
    const f = new FormData();
    f.set('current', new File(['x'], 'x.txt'));
    f.set('password', good);
    expect(passwordFormValues(f)).toEqual({ current: '', password: good, confirm: '' });
  });
});
