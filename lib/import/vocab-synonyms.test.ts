import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import enEntry from '@/messages/en/entry.json';
import zh from '@/messages/zh-CN.json';
import zhEntry from '@/messages/zh-CN/entry.json';
import { amenityWords, codeOf, normLabel } from './vocab-labels';
import { VOCAB_WORDS, type VocabField } from './vocab-synonyms';

// The reviewed table of union words: each word means one code, the examples
// of issue 17 read as they should, and the admin's own map fills the gaps.

const LABELS: Record<VocabField, Record<string, string>[]> = {
  kind: [zh.kinds, en.kinds], status: [zh.statuses, en.statuses], amenity: [zh.amenities, en.amenities],
  entry: [zhEntry.entry.modes, enEntry.entry.modes, zhEntry.entry.short, enEntry.entry.short],
};

describe('vocabulary synonyms', () => {
  it.each(['kind', 'status', 'amenity', 'entry'] as const)('gives every %s word, label and code exactly one code', (field) => {
    const owner = new Map<string, string>();
    const claim = (word: string, code: string) => {
      const key = normLabel(word);
      expect(owner.get(key) ?? code, `${field} “${word}”`).toBe(code);
      owner.set(key, code);
    };
    for (const [code, words] of Object.entries(VOCAB_WORDS[field])) {
      claim(code, code);
      for (const l of LABELS[field]) claim(l[code]!, code);
      for (const w of words) claim(w, code);
    }
  });

  it('reads the words of union lists', () => {
    expect(['建设中', '筹建', '在建'].map((w) => codeOf('status', w))).toEqual(Array(3).fill('under_construction'));
    expect(['使用中', '正常运营', '已投入使用'].map((w) => codeOf('status', w))).toEqual(Array(3).fill('in_use'));
    expect(codeOf('status', '暂停开放')).toBe('suspended');
    expect(['爱心驿站', '暖心驿站', '劳动者港湾', '户外劳动者服务站点'].map((w) => codeOf('kind', w))).toEqual(Array(4).fill('station'));
    expect(codeOf('kind', '职工维权服务室')).toBe('rights_room');
    expect(['急救箱', '药箱', '急救药箱'].map((w) => codeOf('amenity', w))).toEqual(Array(3).fill('first_aid'));
    expect(codeOf('amenity', '手机充电')).toBe('phone_charging');
    expect(codeOf('amenity', '电瓶充电')).toBe('ebike_charging');
  });

  it('compares without width, case or spaces', () => {
    expect(codeOf('amenity', ' Ｗｉ-Ｆｉ ')).toBe('wifi');
    expect(codeOf('kind', '爱心 驿站')).toBe('station');
  });

  it('leaves vague words unknown, for the admin to map', () => {
    expect(codeOf('amenity', '充电')).toBeNull();
    expect(codeOf('status', '停用')).toBeNull();
    expect(codeOf('kind', '神秘站')).toBeNull();
  });

  it('takes the admin\'s own reading of a word, for that file', () => {
    const own = { kind: new Map([[normLabel('司机之家'), 'station']]), status: new Map([[normLabel('停用'), 'closed']]) };
    expect(codeOf('kind', '司机之家', own)).toBe('station');
    expect(codeOf('status', '停用', own)).toBe('closed');
    expect(codeOf('kind', '司机之家')).toBeNull();
  });
});

describe('amenity cells', () => {
  it('splits lists and tries unknown pieces at slashes and spaces', () => {
    expect(amenityWords('饮水/热水、药箱；空调/取暖，电瓶充电 手机充电')).toEqual({
      codes: ['drinking_water', 'hot_water', 'first_aid', 'air_conditioning', 'ebike_charging', 'phone_charging'], unknown: [],
    });
  });
  it('names the words it does not know and keeps the rest', () => {
    expect(amenityWords('卫生间、飞船、饮水/瞬移')).toEqual({ codes: ['toilet'], unknown: ['飞船', '饮水/瞬移'] });
  });
});
