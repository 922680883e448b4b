import { describe, expect, it } from 'vitest';
import { fieldIssues, formValues } from './form-state';
import { accountSchema, disableSchema, rescopeSchema } from './schema';

describe('account form errors', () => {
  it('names every bad field', () => {
    const r = accountSchema.safeParse({ email: 'nope', name: ' ', password: 'short', role: 'county', divisionCode: '360100' });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldIssues(r.error)).toEqual({ email: true, name: true, password: true, divisionCode: true });
  });

  it('refuses a password longer than better-auth will sign in with', () => {
    const base = { email: 'a@b.cn', name: 'n', role: 'national', divisionCode: '' };
    expect(accountSchema.safeParse({ ...base, password: 'x'.repeat(128) }).success).toBe(true);
    expect(accountSchema.safeParse({ ...base, password: 'x'.repeat(129) }).success).toBe(false);
  });

  it('needs a division of the role\'s level anywhere in China, and none for a national admin', () => {
    const ok = (role: string, divisionCode: string) => rescopeSchema.safeParse({ userId: 'u', role, divisionCode }).success;
    expect(ok('city', '360102')).toBe(false);
    expect(ok('city', '360100')).toBe(true);
    expect(ok('city', '410100')).toBe(true); // 郑州市
    expect(ok('county', '410103')).toBe(true); // 二七区
    expect(ok('county', '419001')).toBe(true); // 济源市, run by Henan directly
    expect(ok('county', '410100')).toBe(false);
    expect(ok('province', '410000')).toBe(true);
    expect(ok('province', '360100')).toBe(false);
    expect(ok('province', '100000')).toBe(false); // all of China is no province
    expect(ok('province', '')).toBe(false);
    expect(ok('province', '990000')).toBe(false);
    expect(ok('national', '')).toBe(true);
    expect(ok('national', '410000')).toBe(false);
    expect(ok('superuser', '')).toBe(false);
    expect(rescopeSchema.safeParse({ userId: '', role: 'national', divisionCode: '' }).success).toBe(false);
  });

  it('reads the disable flag', () => {
    expect(disableSchema.parse({ userId: 'u', disabled: '1' })).toEqual({ userId: 'u', disabled: true });
    expect(disableSchema.safeParse({ userId: 'u', disabled: 'yes' }).success).toBe(false);
  });

  it('keeps the values but never the password', () => {
    const f = new FormData();
    f.set('email', 'a@b.cn');
    f.set('password', 'secret-secret');
    expect(formValues(f)).toEqual({ email: 'a@b.cn', name: '', role: '', divisionCode: '' });
  });
});
