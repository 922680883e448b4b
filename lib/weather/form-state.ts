import type { AlertField } from './schema';

// What the alert form's action answers (no server code: the client form reads it):
// a general error, errors by field (words), the values to show again, and a
// counter so the form remounts with them.

export type AlertFormState = {
  seq: number;
  error: string | null;
  fields: Partial<Record<AlertField, string>>;
  values: Partial<Record<AlertField, string>>;
};

export const initialAlertFormState: AlertFormState = { seq: 0, error: null, fields: {}, values: {} };

const FIELDS: AlertField[] = ['kind', 'divisionCode', 'startsAt', 'endsAt', 'note'];

/** The sent values as text, bounded, to fill the form again. */
export function alertFormValues(form: FormData): AlertFormState['values'] {
  const out: AlertFormState['values'] = {};
  for (const f of FIELDS) {
    const v = form.get(f);
    if (typeof v === 'string') out[f] = v.slice(0, f === 'note' ? 400 : 40);
  }
  return out;
}
