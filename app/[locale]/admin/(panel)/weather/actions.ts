'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';
import { cancelAlertForm, createAlertForm } from '@/lib/weather/form-actions';
import { alertFormValues, type AlertFormState } from '@/lib/weather/form-state';

// Heat and cold alerts. Each action checks the session here; the role, the
// region's scope and every field are checked in lib/weather/form-actions.ts.

const prefixOf = (locale: string) => (locale === 'en' ? '/en' : '');

export async function createAlertAction(prev: AlertFormState, form: FormData): Promise<AlertFormState> {
  const locale = await getLocale();
  const admin = await requireAdmin(locale);
  const result = await createAlertForm(admin, form);
  if (result.ok) {
    revalidatePath('/[locale]/admin/weather', 'page');
    redirect(`${prefixOf(locale)}/admin/weather?done=created`);
  }
  const t = await getTranslations({ locale, namespace: 'weatherAdmin' });
  const state = { seq: prev.seq + 1, values: alertFormValues(form) };
  if (result.reason === 'forbidden') return { ...state, error: t('forbidden'), fields: {} };
  const fields = Object.fromEntries(Object.entries(result.fields).map(([f, key]) => [f, t(`errors.${key}`)]));
  return { ...state, error: t('fixFields'), fields };
}

export async function cancelAlertAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const admin = await requireAdmin(locale);
  const result = await cancelAlertForm(admin, form);
  revalidatePath('/[locale]/admin/weather', 'page');
  redirect(`${prefixOf(locale)}/admin/weather?done=${result}`);
}
