import { describe, expect, it } from 'vitest';
import { exportEtag, notModified } from './etag';

const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'https://yizhan.example.org' };
const parts = { versions: '1-a|0|0', format: 'geojson', locale: 'zh-CN', license } as const;

describe('export ETag', () => {
  it('is weak and stable for the same data, query and licence', () => {
    expect(exportEtag(parts)).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(exportEtag({ ...parts })).toBe(exportEtag(parts));
  });

  it('changes with the data, the worker versions, the format, the language and the licence', () => {
    const others = [
      { ...parts, versions: '2-b|0|0' }, { ...parts, versions: '1-a|1|0' }, { ...parts, versions: '1-a|0|1' },
      { ...parts, format: 'csv' }, { ...parts, locale: 'en' as const }, { ...parts, license: { ...license, name: 'ODbL 1.0' } },
    ];
    const tags = new Set([parts, ...others].map(exportEtag));
    expect(tags.size).toBe(others.length + 1);
  });
});

describe('If-None-Match', () => {
  const tag = exportEtag(parts);
  it('matches the tag, weakly, in a list, or *', () => {
    expect(notModified(tag, tag)).toBe(true);
    expect(notModified(tag.slice(2), tag)).toBe(true);
    expect(notModified(`"other", ${tag}`, tag)).toBe(true);
    expect(notModified(' * ', tag)).toBe(true);
  });

  it('does not match another tag, nothing, or a garbled header', () => {
    for (const h of [null, '', '"other"', 'W/"other"', tag.slice(0, -2), `${tag}x`, '**']) expect(notModified(h, tag)).toBe(false);
  });
});
