import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARE_SCREEN_KEYS, fill } from './words';

const catalogue = (locale: string) =>
  (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../messages', locale, 'care.json'), 'utf8')) as { care: Record<string, string> }).care;

describe('fill', () => {
  it('fills each placeholder', () => {
    expect(fill('步行约 {minutes} 分钟', { minutes: 5 })).toBe('步行约 5 分钟');
    expect(fill('去这里：{name}（{name}）', { name: '八一驿站' })).toBe('去这里：八一驿站（八一驿站）');
  });
  it('leaves an unknown placeholder as written', () => {
    expect(fill('{distance} away', {})).toBe('{distance} away');
  });
  it('does not read replacement patterns in a value', () => {
    expect(fill('去这里：{name}', { name: "$& $' $`" })).toBe("去这里：$& $' $`");
  });
});

describe('care words', () => {
  it.each(['zh-CN', 'en'])('%s has every word of the first screen and the switch', (locale) => {
    const care = catalogue(locale);
    for (const key of [...CARE_SCREEN_KEYS, 'switchOn', 'switchOff']) expect(typeof care[key], key).toBe('string');
    expect(care.walk).toContain('{minutes}');
    expect(care.distance).toContain('{distance}');
    expect(care.goLabel).toContain('{name}');
    // The link's name starts with its visible words (WCAG 2.5.3 label in name).
    expect(care.goLabel!.startsWith(care.go!)).toBe(true);
  });
});
