import { ancestry, childrenOf, CHINA_CODE, division, type Division } from '@/lib/divisions/catalog';
import { placeLabel } from '@/lib/divisions/place-label';
import { provincePrefix, type Admin, type Role } from '@/lib/permissions/roles';
import { grantableRoles } from './scope';

// Divisions for the accounts pages (the scope picker) and the audit log:
// any province, city or county of China, named in the page's language.

export type DivisionOption = { code: string; name: string; level: Division['level'] };

const option = (d: Division, locale: string): DivisionOption => ({ code: d.code, name: locale === 'en' ? d.nameEn : d.name, level: d.level });

/** "南昌市东湖区" for a county, "南昌市" for a city, "江西省" for a province (English: "Donghu District, Nanchang City"); the bare code when unknown. */
export function divisionName(code: string | null | undefined, locale = 'zh-CN'): string {
  if (!code) return '';
  const d = division(code);
  if (!d || code === CHINA_CODE) return code;
  const parent = d.level === 'county' && d.parentCode ? division(d.parentCode) : undefined;
  return placeLabel(parent ? [parent, d] : [d], locale);
}

/** The provinces an admin may pick from: all 31 for a national admin, its own for a province admin. */
export function provinceOptions(actor: Admin, locale: string): DivisionOption[] {
  const prefix = actor.role === 'national' ? '' : provincePrefix(actor);
  if (prefix === null) return [];
  return childrenOf(CHINA_CODE).filter((p) => p.code.startsWith(prefix)).map((p) => option(p, locale));
}

/** The cities and directly-run counties of a province, or the counties of a city; [] for anything else. */
export function childOptions(code: string, locale: string): DivisionOption[] {
  const d = code === CHINA_CODE ? undefined : division(code);
  return d && d.level !== 'county' ? childrenOf(code).map((c) => option(c, locale)) : [];
}

/**
 * What the picker shows first for an account's division: the chain of codes
 * (province, then city, then county) and the options under each step, so an
 * existing scope opens already chosen without asking the server.
 */
export function pickerStart(code: string | null, locale: string): { path: string[]; children: Record<string, DivisionOption[]> } {
  const path = code ? ancestry(code).map((d) => d.code) : [];
  const children: Record<string, DivisionOption[]> = {};
  for (const c of path) {
    const list = childOptions(c, locale);
    if (list.length) children[c] = list;
  }
  return { path, children };
}

/** childOptions for the picker's server action: only inside what `actor` may hand out, and only for text codes. */
export function childOptionsFor(actor: Admin, code: unknown, locale: unknown): DivisionOption[] {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return [];
  const prefix = actor.role === 'national' ? '' : provincePrefix(actor);
  if (prefix === null || !code.startsWith(prefix)) return [];
  return childOptions(code, locale === 'en' ? 'en' : 'zh-CN');
}

export type ScopeChoices = { roles: Role[]; provinces: DivisionOption[]; start: ReturnType<typeof pickerStart> };

/** Everything the role and division fields need, opened on `code` (or a province admin's own province). */
export function scopeChoices(actor: Admin, code: string | null, locale: string): ScopeChoices {
  const own = provincePrefix(actor) ? actor.divisionCode : null;
  return { roles: grantableRoles(actor), provinces: provinceOptions(actor, locale), start: pickerStart(code || own, locale) };
}
