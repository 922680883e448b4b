import { describe, expect, it } from 'vitest';
import { alertsCovering, coverRank } from './coverage';

// 横峰县 361125 lies in 上饶市 361100, in 江西省 360000; 东湖区 360102 in 南昌市 360100.
const at = (iso: string) => new Date(iso);

describe('an alert covering a county', () => {
  it('covers the county, its city, its province and all of China, nothing else', () => {
    expect(['361125', '361100', '360000', '100000'].map((code) => coverRank(code, '361125'))).toEqual([3, 2, 1, 0]);
    expect(['360102', '360100', '440000', '361124', '999999'].map((code) => coverRank(code, '361125'))).toEqual([-1, -1, -1, -1, -1]);
    // A county the province runs directly has no city in between (仙桃市 in 湖北).
    expect(['429004', '420000', '421000'].map((code) => coverRank(code, '429004'))).toEqual([3, 1, -1]);
  });

  it('lets the narrowest region speak first, then the latest to start', () => {
    const alerts = [
      { id: 'china', divisionCode: '100000', startsAt: at('2026-07-20T00:00Z') },
      { id: 'province', divisionCode: '360000', startsAt: at('2026-07-19T00:00Z') },
      { id: 'city-old', divisionCode: '361100', startsAt: at('2026-07-18T00:00Z') },
      { id: 'city-new', divisionCode: '361100', startsAt: at('2026-07-19T12:00Z') },
      { id: 'nanchang', divisionCode: '360100', startsAt: at('2026-07-20T00:00Z') },
    ];
    expect(alertsCovering(alerts, '361125').map((a) => a.id)).toEqual(['city-new', 'city-old', 'province', 'china']);
    expect(alertsCovering(alerts, '360102').map((a) => a.id)).toEqual(['nanchang', 'province', 'china']);
    expect(alertsCovering(alerts, '440305').map((a) => a.id)).toEqual(['china']);
    expect(alertsCovering(alerts, 'nowhere')).toEqual([]);
  });
});
