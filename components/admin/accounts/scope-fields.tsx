'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ScopeChoices } from '@/lib/accounts/divisions';
import type { Role } from '@/lib/permissions/roles';
import { DivisionPicker } from './division-picker';
import { Field } from './field';

type Props = ScopeChoices & { defaultRole: string; errors: { role?: string; divisionCode?: string } };

/** Role, then the division it acts in (none for a national admin): only what the signed-in admin may hand out. */
export function ScopeFields({ roles, provinces, start, defaultRole, errors }: Props) {
  const t = useTranslations('accounts');
  const tr = useTranslations('admin');
  const id = useId();
  const asRole = (v: string): Role => (roles.includes(v as Role) ? (v as Role) : (roles[roles.length - 1] ?? 'county'));
  const [role, setRole] = useState<Role>(asRole(defaultRole));
  return (
    <>
      <Field id={`${id}-role`} label={t('role')} error={errors.role}>
        <select name="role" defaultValue={role} onChange={(e) => setRole(asRole(e.target.value))}>
          {roles.map((r) => <option key={r} value={r}>{tr(`roles.${r}`)}</option>)}
        </select>
      </Field>
      {role === 'national'
        ? <p className="acc-hint">{t('picker.national')}</p>
        : <DivisionPicker id={`${id}-division`} role={role} provinces={provinces} start={start} error={errors.divisionCode} />}
    </>
  );
}
