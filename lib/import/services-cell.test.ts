import { describe, expect, it } from 'vitest';
import { mapHeaders } from './headers';
import { readServicesCell, servicesCellText } from './services-cell';

describe('the services column', () => {
  it('is found under its Chinese and English headers and their synonyms; 服务项目 stays amenities', () => {
    expect(mapHeaders(['名称', '经度', '纬度', '特色服务']).columns[3]).toBe('services');
    for (const h of ['services', '服务', '服务日程']) expect(mapHeaders(['name', 'lng', 'lat', h]).columns[3]).toBe('services');
    expect(mapHeaders(['名称', '经度', '纬度', '服务项目']).columns[3]).toBe('amenities');
  });

  it('reads labels in either language, codes and union words', () => {
    const read = readServicesCell('法律援助@Tu,Th 14:00-17:00(带身份证); 义剪@Sa 09:00-12:00；legal aid@Mo[1] 09:00-11:00; battery_swap@24/7');
    expect(read.unreadable).toEqual([]);
    expect(read.services).toEqual([
      { kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: '带身份证' }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null },
      { kind: 'legal_aid', schedule: 'Mo[1] 09:00-11:00', note: null }, { kind: 'battery_swap', schedule: '24/7', note: null },
    ]);
    expect(readServicesCell('')).toEqual({ services: [], unreadable: [] });
  });

  it('leaves out, and names, what it cannot read: an unknown service, no @, hours it refuses, "other" without a note', () => {
    const read = readServicesCell('按摩@Sa 09:00-12:00; 理发 周六上午; 体检@每月一次; 其他@Mo 10:00-11:00; 理发@Sa 09:00-12:00');
    expect(read.services).toEqual([{ kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null }]);
    // "理发 周六上午" has no @, so it is read as part of the item before it.
    expect(read.unreadable).toEqual(['按摩@Sa 09:00-12:00; 理发 周六上午', '体检@每月一次', '其他@Mo 10:00-11:00']);
  });

  it.each(['zh-CN', 'en'] as const)('writes what it reads back unchanged (%s)', (locale) => {
    const list = [
      { kind: 'legal_aid', schedule: 'Mo-Fr 08:00-12:00; Sa 09:00-12:00', note: '带身份证（原件）; 预约' },
      { kind: 'other', schedule: 'We 14:00-16:00', note: '修鞋 (免费' },
      { kind: 'discounted_meals', schedule: 'Mo-Fr 11:00-13:00', note: null },
    ] as const;
    const text = servicesCellText(list, locale);
    expect(text.startsWith(locale === 'en' ? 'Legal aid@' : '法律援助@')).toBe(true);
    expect(readServicesCell(text)).toEqual({ services: list, unreadable: [] });
  });
});
