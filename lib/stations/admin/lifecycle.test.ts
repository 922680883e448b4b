import { expect, test } from 'vitest';
import { STATUSES } from '@/lib/stations/vocab';
import { canChangeStatus, statusChoices } from './lifecycle';

test('the lifecycle allows exactly its arrows, and staying put', () => {
  const allowed = new Set(['planned>under_construction', 'under_construction>in_use', 'in_use>suspended', 'suspended>in_use', 'suspended>closed']);
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      expect(canChangeStatus(from, to), `${from} → ${to}`).toBe(from === to || allowed.has(`${from}>${to}`));
    }
  }
});

test('new stations start planned, under construction or in use', () => {
  expect(statusChoices(null)).toEqual(['planned', 'under_construction', 'in_use']);
  expect(canChangeStatus(null, 'closed')).toBe(false);
  expect(canChangeStatus(null, 'suspended')).toBe(false);
});

test('the form offers the current status and its next steps', () => {
  expect(statusChoices('in_use')).toEqual(['in_use', 'suspended']);
  expect(statusChoices('suspended')).toEqual(['in_use', 'suspended', 'closed']);
  expect(statusChoices('closed')).toEqual(['closed']);
  expect(canChangeStatus('in_use', 'bogus')).toBe(false);
  expect(canChangeStatus('bogus', 'in_use')).toBe(false);
});
