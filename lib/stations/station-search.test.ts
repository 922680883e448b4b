import { describe, expect, it } from 'vitest';
import { StationSearch } from './station-search';

const NAMES = [
  '金水区花园路职工驿站', // 0
  '郑州东站户外劳动者港湾', // 1
  '新郑市职工驿站', // 2
  '郑州', // 3
  '绿地中心爱心驿站', // 4
  'Wanda Plaza 驿站', // 5
  '二七区解放路驿站', // 6
];
const search = StationSearch.fromNames(NAMES);
const names = (q: string, limit = 10) => search.find(q, limit).map((h) => NAMES[h.i]);

describe('StationSearch', () => {
  it('finds a station by Chinese, full pinyin and initials', () => {
    expect(names('花园路')).toEqual([NAMES[0]]);
    expect(names('huayuanlu')).toEqual([NAMES[0]]);
    expect(names('jsqhyl')).toEqual([NAMES[0]]);
    expect(names('ZhengZhouDong')).toEqual([NAMES[1]]);
  });

  it('ranks exact, then prefix, then contains, each in index order', () => {
    expect(search.find('zhengzhou', 10)).toEqual([{ i: 3, rank: 0 }, { i: 1, rank: 1 }]); // 郑州, 郑州东站…
    expect(search.find('郑', 10).map((h) => h.rank)).toEqual([1, 1, 2]);
    expect(search.find('郑', 10).map((h) => h.i)).toEqual([1, 3, 2]);
  });

  it('ignores tones, spaces, case and apostrophes; ü may be typed u or v', () => {
    for (const q of ['lǜdì', 'lv di', 'LUDI', "lü'di"]) expect(names(q), q).toEqual([NAMES[4]]);
    expect(names('wanda plaza')).toEqual([NAMES[5]]);
    expect(names('WANDAPLAZA')).toEqual([NAMES[5]]);
  });

  it('matches initials only from the start, and stops at the limit', () => {
    expect(names('hyl')).toEqual([]); // inside jsqhyl
    expect(names('yizhan', 2)).toHaveLength(2);
    expect(names('驿站', 100)).toEqual([NAMES[0], NAMES[2], NAMES[4], NAMES[5], NAMES[6]]);
    expect(names('nothing-like-this')).toEqual([]);
    expect(names("'")).toEqual([]);
  });

  it('reuses the keys of unchanged names when rebuilt, and matches a fresh build', async () => {
    const next = [...NAMES.slice(1), '南昌县职工驿站'];
    const rebuilt = await StationSearch.build(next, search);
    const fresh = StationSearch.fromNames(next);
    for (const q of ['zhengzhou', 'ncx', 'yizhan', '郑', 'lvdi']) expect(rebuilt.find(q, 10), q).toEqual(fresh.find(q, 10));
    expect(rebuilt.find('nanchangxian', 10)).toEqual([{ i: next.length - 1, rank: 1 }]);
  });
});
