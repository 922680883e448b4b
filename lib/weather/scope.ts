import { CHINA_CODE, childrenOf, division, isKnownDivision, type Division } from '@/lib/divisions/catalog';
import { provincePrefix, type Admin } from '@/lib/permissions/roles';

// Who may set a heat or cold alert, and for which regions. A heat or cold wave
// covers more than a county: national, province and city unions set alerts
// (the issue names province and city; the national union may warn the whole
// country); a county union asks its city. Every region is one the admin acts in.

type Who = Pick<Admin, 'role' | 'divisionCode'>;

export function mayIssueAlerts(admin: Who): boolean {
  if (admin.role === 'national') return true;
  if (admin.role === 'province') return provincePrefix(admin) !== null;
  return admin.role === 'city' && division(admin.divisionCode ?? '')?.level === 'city';
}

/** True when the admin may set (or cancel) an alert for this region: 100000, a province, a city or a county. */
export function alertInScope(admin: Who, code: string): boolean {
  if (!mayIssueAlerts(admin) || !/^\d{6}$/.test(code) || !isKnownDivision(code)) return false;
  if (admin.role === 'national') return true;
  if (code === CHINA_CODE) return false;
  if (admin.role === 'province') return code.startsWith(provincePrefix(admin)!);
  return code === admin.divisionCode || division(code)?.cityCode === admin.divisionCode;
}

/** Prisma `where` for the alerts an admin manages (their region inside the scope); a county admin's matches nothing. */
export function alertScopeWhere(admin: Who): { divisionCode?: string | { startsWith: string } | { in: string[] } } {
  if (!mayIssueAlerts(admin)) return { divisionCode: '-' };
  if (admin.role === 'national') return {};
  if (admin.role === 'province') return { divisionCode: { startsWith: provincePrefix(admin)! } };
  const city = admin.divisionCode!;
  return { divisionCode: { in: [city, ...childrenOf(city).map((c) => c.code)] } };
}

export type RegionGroup = { label: string; options: { code: string; name: string }[] };

const named = (d: Division, locale: string) => ({ code: d.code, name: locale === 'en' ? d.nameEn : d.name });

/**
 * The regions of the form's select, grouped: a national admin gets China, the provinces and the
 * cities of each; a province admin its province, its cities and their counties; a city admin its
 * city and counties. (A national admin may still post a county code; the server checks scope, not the list.)
 */
export function alertRegions(admin: Who, locale: string, chinaLabel: string): RegionGroup[] {
  if (!mayIssueAlerts(admin)) return [];
  if (admin.role === 'national') {
    const provinces = childrenOf(CHINA_CODE);
    return [
      { label: chinaLabel, options: [{ code: CHINA_CODE, name: chinaLabel }, ...provinces.map((p) => named(p, locale))] },
      ...provinces.map((p) => ({ label: named(p, locale).name, options: childrenOf(p.code).map((c) => named(c, locale)) })),
    ];
  }
  const top = division(admin.role === 'province' ? `${provincePrefix(admin)}0000` : admin.divisionCode!)!;
  const below = childrenOf(top.code);
  const groups = [{ label: named(top, locale).name, options: [named(top, locale), ...below.map((d) => named(d, locale))] }];
  for (const d of below) {
    const counties = childrenOf(d.code);
    if (counties.length) groups.push({ label: named(d, locale).name, options: counties.map((c) => named(c, locale)) });
  }
  return groups;
}
