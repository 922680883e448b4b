import { describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { alertInScope, alertRegions, alertScopeWhere, mayIssueAlerts } from './scope';

const admin = (role: Admin['role'], divisionCode: string | null) => ({ role, divisionCode });

describe('who sets alerts, where', () => {
  it('lets national, province and city admins set alerts; county admins and broken scopes none', () => {
    expect([admin('national', null), admin('province', '360000'), admin('city', '361100')].map(mayIssueAlerts)).toEqual([true, true, true]);
    expect([admin('county', '361125'), admin('province', '361100'), admin('city', null), admin('city', '361125')].map(mayIssueAlerts))
      .toEqual([false, false, false, false]);
  });

  it('keeps a city admin to its city and counties', () => {
    const city = admin('city', '361100');
    expect(['361100', '361125', '361102', '360100', '360102', '360000', '100000', '36110', ''].map((c) => alertInScope(city, c)))
      .toEqual([true, true, true, false, false, false, false, false, false]);
  });

  it('lists only the regions in scope', () => {
    const groups = alertRegions(admin('city', '361100'), 'zh-CN', '全国');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.options[0]).toEqual({ code: '361100', name: '上饶市' });
    expect(groups[0]!.options.map((o) => o.code)).toContain('361125');
    expect(groups[0]!.options.every((o) => alertInScope(admin('city', '361100'), o.code))).toBe(true);
    const province = alertRegions(admin('province', '360000'), 'en', 'All of China').flatMap((g) => g.options);
    expect(province[0]).toEqual({ code: '360000', name: 'Jiangxi' });
    expect(province.every((o) => o.code.startsWith('36'))).toBe(true);
    expect(province.some((o) => o.code === '361125')).toBe(true);
    const national = alertRegions(admin('national', null), 'zh-CN', '全国');
    expect(national[0]!.options[0]).toEqual({ code: '100000', name: '全国' });
    expect(alertRegions(admin('county', '361125'), 'zh-CN', '全国')).toEqual([]);
  });

  it('gives a where that matches nothing for those who set none', () => {
    expect(alertScopeWhere(admin('county', '361125'))).toEqual({ divisionCode: '-' });
    expect(alertScopeWhere(admin('national', null))).toEqual({});
    expect(alertScopeWhere(admin('province', '360000'))).toEqual({ divisionCode: { startsWith: '36' } });
    const city = alertScopeWhere(admin('city', '361100')) as { divisionCode: { in: string[] } };
    expect(city.divisionCode.in).toEqual(expect.arrayContaining(['361100', '361125']));
    expect(city.divisionCode.in).not.toContain('360102');
  });
});
