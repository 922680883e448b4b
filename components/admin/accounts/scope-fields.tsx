'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { DivisionOption } from '@/lib/accounts/divisions';
import { ROLES, type Role } from '@/lib/permissions/roles';
import { Field } from './field';

type Props = {
  cities: DivisionOption[];
  counties: DivisionOption[];
  defaultRole: string;
  defaultDivision: string;
  errors: { role?: string; divisionCode?: string };
};

const asRole = (v: string): Role => ((ROLES as readonly string[]).includes(v) ? (v as Role) : 'county');

/** Role, then a division that fits it: one of the 11 cities or the 100 counties. */
export function ScopeFields({ cities, counties, defaultRole, defaultDivision, errors }: Props) {
  const t = useTranslations('accounts');
  const tr = useTranslations('admin');
  const id = useId();
  const [role, setRole] = useState<Role>(asRole(defaultRole));
  const groups = [...new Set(counties.map((c) => c.cityName ?? ''))];
  return (
    <>
      <Field id={`${id}-role`} label={t('role')} error={errors.role}>
        <select name="role" defaultValue={role} onChange={(e) => setRole(asRole(e.target.value))}>
          {ROLES.map((r) => <option key={r} value={r}>{tr(`roles.${r}`)}</option>)}
        </select>
      </Field>
      {/* Keyed by role so the choice starts afresh when the role changes. */}
      <Field key={role} id={`${id}-division`} label={t('division')} error={errors.divisionCode}>
        <select name="divisionCode" defaultValue={role === asRole(defaultRole) ? defaultDivision : ''}
          disabled={role === 'province'} required={role !== 'province'}>
          <option value="">{role === 'province' ? t('noDivision') : t('chooseDivision')}</option>
          {role === 'city' && cities.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          {role === 'county' && groups.map((g) => (
            <optgroup key={g} label={g}>
              {counties.filter((c) => c.cityName === g).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </optgroup>
          ))}
        </select>
      </Field>
    </>
  );
}
