import { randomInt } from 'node:crypto';

// A temporary password a province admin reads out or copies to its owner:
// no characters that look alike (0/O, 1/l/I), in groups of four.
// 16 characters of 54 carry about 92 bits, far beyond guessing.

export const TEMPORARY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

export function temporaryPassword(): string {
  // randomInt draws from the system's CSPRNG without modulo bias.
  const group = () => Array.from({ length: GROUP_LENGTH }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join('');
  return Array.from({ length: GROUPS }, group).join('-');
}
