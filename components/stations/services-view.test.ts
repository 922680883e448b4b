import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import zh from '@/messages/zh-CN/services.json';
import type { ServiceToday } from '@/lib/services/calendar';
import { toReact } from './render-react';
import { servicesSection, type ServicesWords } from './services-view';

// "Services today" as the station page and the map's panel show it, worded with the real Chinese catalogue.
const t: ServicesWords = (key, values = {}) => {
  const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zh.services) as string;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
};
const html = (services: ServiceToday[] | undefined) => {
  const m = servicesSection(services, 'zh-CN', t, 'h2', 'svc');
  return m ? renderToStaticMarkup(toReact(m) as React.ReactElement) : '';
};
const legal: ServiceToday = { kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: null, today: ['14:00–17:00'], next: { date: '2026-12-10', inDays: 2, intervals: ['14:00–17:00'] } };
const haircut: ServiceToday = { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: '自带毛巾', today: [], next: { date: '2026-12-12', inDays: 4, intervals: ['09:00–12:00'] } };

describe('services today', () => {
  it('says today\'s services with their times, then the coming days briefly', () => {
    const out = html([legal, haircut]);
    expect(out).toContain('<h2 id="svc">今日服务</h2>');
    expect(out).toContain('<li>今天 14:00–17:00：法律援助</li>');
    expect(out).toContain('近期还有：周六 09:00–12:00 理发（自带毛巾）');
  });

  it('words a whole day, an overnight service, tomorrow, a later date and an "other" service by its note', () => {
    const out = html([
      { ...legal, today: ['00:00–24:00'] },
      { kind: 'health_check', schedule: 'Tu 22:00-06:00', note: null, today: ['22:00–06:00'], next: null },
      { ...haircut, next: { date: '2026-12-09', inDays: 1, intervals: ['09:00–12:00'] } },
      { kind: 'other', schedule: 'Mo[1] 14:00-17:00', note: '修鞋', today: [], next: { date: '2027-01-04', inDays: 27, intervals: ['14:00–17:00'] } },
    ]);
    expect(out).toContain('今天 全天：法律援助');
    expect(out).toContain('今天 22:00–次日06:00：健康检查');
    expect(out).toContain('近期还有：明天 09:00–12:00 理发（自带毛巾）；1月4日 14:00–17:00 修鞋');
  });

  it('says "none today" when only later days have one, and nothing at all for a station without any', () => {
    expect(html([haircut])).toContain('<p>今天没有服务。</p>');
    expect(html([])).toBe('');
    expect(html(undefined)).toBe('');
    expect(html([{ ...haircut, next: null }])).toBe('');
  });

  it('draws a note as text, never as markup', () => {
    expect(html([{ ...legal, note: '<b>带身份证</b>' }])).toContain('法律援助（&lt;b&gt;带身份证&lt;/b&gt;）');
  });
});
