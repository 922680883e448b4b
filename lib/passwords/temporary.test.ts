import { describe, expect, it } from 'vitest';
import { passwordChangeSchema } from './schema';
import { TEMPORARY_ALPHABET, temporaryPassword } from './temporary';

describe('temporary passwords', () => {
  it('are four groups of four unambiguous characters, different each time', () => {
    const made = Array.from({ length: 200 }, temporaryPassword);
    for (const p of made) {
      expect(p).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}-[^-]{4}$/);
      for (const c of p.replaceAll('-', '')) expect(TEMPORARY_ALPHABET).toContain(c);
    }
    expect(new Set(made).size).toBe(made.length);
    expect(TEMPORARY_ALPHABET).not.toMatch(/[0O1lI]/);
  });

  it('pass the rule for a chosen password (the owner types one in to change it)', () => {
    const p = temporaryPassword();
    expect(passwordChangeSchema.safeParse({ current: 'x', password: p, confirm: p }).success).toBe(true);
  });
});
