import { describe, expect, it } from 'vitest';
import { containsText } from './db-filters';

describe('containsText', () => {
  it('asks PostgreSQL to ignore case, and leaves SQLite (already case-blind) alone', () => {
    expect(containsText('Nan', 'postgresql://127.0.0.1/yizhan')).toEqual({ contains: 'Nan', mode: 'insensitive' });
    expect(containsText('Nan', 'file:./data/yizhan.db')).toEqual({ contains: 'Nan' });
  });
});
