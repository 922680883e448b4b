'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { divisionChoices } from '@/app/[locale]/admin/(panel)/accounts/actions';
import type { DivisionOption, ScopeChoices } from '@/lib/accounts/divisions';
import type { Role } from '@/lib/permissions/roles';
import { Field } from './field';

type Props = { id: string; role: Exclude<Role, 'national'>; provinces: DivisionOption[]; start: ScopeChoices['start']; error?: string };

/** The division the steps name for a role: the province, its city, or the county (which a province may run directly). */
function chosen(role: Props['role'], path: string[], levelOf: (code: string) => string | undefined): string {
  const [province = '', second = '', third = ''] = path;
  if (role === 'province') return province;
  if (role === 'city') return levelOf(second) === 'city' ? second : '';
  return levelOf(second) === 'county' ? second : third;
}

// Province → city → county: 3,208 divisions in three short selects, each
// step's list fetched from the server when its parent is chosen (the page
// itself carries only the provinces and the current scope's lists).
export function DivisionPicker({ id, role, provinces, start, error }: Props) {
  const t = useTranslations('accounts.picker');
  const locale = useLocale();
  const offered = provinces.some((p) => p.code === start.path[0]);
  const [path, setPath] = useState<string[]>(offered ? start.path : []);
  const [children, setChildren] = useState(start.children);
  const levelOf = (code: string) => Object.values(children).flat().find((o) => o.code === code)?.level;

  const choose = (step: number, code: string) => {
    setPath([...path.slice(0, step), ...(code ? [code] : [])]);
    if (code && !children[code] && levelOf(code) !== 'county') {
      divisionChoices(code, locale).then((list) => setChildren((c) => ({ ...c, [code]: list }))).catch(() => undefined);
    }
  };
  const [province = '', second = ''] = path;
  const seconds = (children[province] ?? []).filter((o) => role === 'county' || o.level === 'city');
  const showSecond = role !== 'province' && province !== '';
  const showThird = role === 'county' && levelOf(second) === 'city';
  const last = showThird ? 2 : showSecond ? 1 : 0;

  const step = (n: number, label: string, options: DivisionOption[], shown: boolean) => shown && (
    <Field key={n} id={`${id}-${n}`} label={label} error={n === last ? error : undefined}>
      <select value={path[n] ?? ''} onChange={(e) => choose(n, e.target.value)} required={n === last}
        disabled={n > 0 && options.length === 0}>
        <option value="">{n > 0 && options.length === 0 ? t('loading') : t('choose')}</option>
        {options.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
      </select>
    </Field>
  );
  return (
    <fieldset className="acc-picker">
      <legend>{t('legend')}</legend>
      <input type="hidden" name="divisionCode" value={chosen(role, path, levelOf)} />
      {step(0, t('province'), provinces, true)}
      {step(1, role === 'county' ? t('cityOrCounty') : t('city'), seconds, showSecond)}
      {step(2, t('county'), children[second] ?? [], showThird)}
    </fieldset>
  );
}
