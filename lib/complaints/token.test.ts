import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { complaintPath, hashTrackToken, newTrackToken, trackTokenSchema } from './token';

describe('track tokens', () => {
  it('are 32 random bytes in base64url: 43 characters, each new', () => {
    const tokens = Array.from({ length: 50 }, newTrackToken);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
      expect(trackTokenSchema.safeParse(t).success).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are stored as their SHA-256 in hex, never as themselves', () => {
    const t = newTrackToken();
    const hash = hashTrackToken(t);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash('sha256').update(t).digest('hex'));
    expect(hash).not.toContain(t);
    expect(hashTrackToken(t)).toBe(hash);
    expect(hashTrackToken(newTrackToken())).not.toBe(hash);
    // A known value, so a change of algorithm or encoding cannot pass unseen.
    expect(hashTrackToken('a'.repeat(43))).toBe(createHash('sha256').update('a'.repeat(43), 'utf8').digest('hex'));
  });

  it('refuses anything but 43 base64url characters', () => {
    for (const bad of ['', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)}/`, `${'a'.repeat(42)}+`, `../${'a'.repeat(40)}`, `${'a'.repeat(42)}\n`]) {
      expect(trackTokenSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('make the private page’s path in each language', () => {
    expect(complaintPath('zh-CN', 'abc')).toBe('/complaints/abc');
    expect(complaintPath('en', 'abc')).toBe('/en/complaints/abc');
  });
});
