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
    const base = { email: 'a@b.cn', name: 'n', role: 'province', divisionCode: '' };
    expect(accountSchema.safeParse({ ...base, password: 'x'.repeat(128) }).success).toBe(true);
    expect(accountSchema.safeParse({ ...base, password: 'x'.repeat(129) }).success).toBe(false);
  });

  it('needs a city for a city admin and nothing for a province admin', () => {
    expect(rescopeSchema.safeParse({ userId: 'u', role: 'city', divisionCode: '360102' }).success).toBe(false);
    expect(rescopeSchema.safeParse({ userId: 'u', role: 'city', divisionCode: '360100' }).success).toBe(true);
    expect(rescopeSchema.safeParse({ userId: 'u', role: 'province', divisionCode: '360100' }).success).toBe(false);
    expect(rescopeSchema.safeParse({ userId: 'u', role: 'province', divisionCode: '' }).success).toBe(true);
    expect(rescopeSchema.safeParse({ userId: '', role: 'province', divisionCode: '' }).success).toBe(false);
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
