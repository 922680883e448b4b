import { expect, type APIResponse, type Page } from '@playwright/test';

// Forged form posts for the security specs. A refused caller never sees the
// form, so its fields (hidden server-action ids included) are taken from the
// server-rendered HTML a permitted admin gets, then posted with another
// session, exactly as a browser without JavaScript would post them.

export type FormFields = [string, string][];

/** Every form in the server HTML of `path` as seen by this page's session, as name/value pairs. */
export async function harvestForms(page: Page, path: string): Promise<FormFields[]> {
  return (await harvestFormsAt(page, path)).forms;
}

/** harvestForms, with the origin that served them (what a post of them must name). */
export async function harvestFormsAt(page: Page, path: string): Promise<{ forms: FormFields[]; origin: string }> {
  // Fetched with the page's cookies, parsed by the browser's own HTML parser (the page may be blank).
  const res = await page.request.get(path);
  const html = await res.text();
  const forms = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('form')].map((form) =>
      [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[name], select[name], textarea[name]')]
        .filter((el) => !(el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) && !el.checked))
        .map((el): [string, string] => [el.name, el.value]));
  }, html);
  return { forms, origin: new URL(res.url()).origin };
}

/** The one harvested form that has a field named `marker` (with that value, if given). */
export function formWith(forms: FormFields[], marker: string, value?: string): FormFields {
  const found = forms.filter((f) => f.some(([name, v]) => name === marker && (value === undefined || v === value)));
  expect(found, `one form with a "${marker}" field${value === undefined ? '' : ` = ${value}`}`).toHaveLength(1);
  return found[0]!;
}

/** The first of several alike forms (e.g. one decide form per report) with a field named `marker`. */
export function firstFormWith(forms: FormFields[], marker: string): FormFields {
  const found = forms.find((f) => f.some(([name]) => name === marker));
  expect(found, `a form with a "${marker}" field`).toBeDefined();
  return found!;
}

export function withValues(fields: FormFields, values: Record<string, string>): FormFields {
  const out = fields.map(([k, v]): [string, string] => [k, k in values ? values[k]! : v]);
  for (const [k, v] of Object.entries(values)) if (!out.some(([name]) => name === k)) out.push([k, v]);
  return out;
}

export type Upload = { field: string; name: string; type: string; bytes: Buffer };

/** Posts the fields as a same-origin multipart form, with this page's cookies; redirects are not followed. */
export async function postForm(page: Page, path: string, fields: FormFields, origin: string, upload?: Upload): Promise<APIResponse> {
  const form = new FormData();
  for (const [k, v] of fields) if (k !== upload?.field) form.append(k, v);
  if (upload) form.append(upload.field, new File([new Uint8Array(upload.bytes)], upload.name, { type: upload.type }));
  return page.request.post(path, { multipart: form, headers: { Origin: origin }, maxRedirects: 0 });
}

/** A refusal: 404, 403, a redirect to sign-in, or the page answering with a refusal message. */
export async function expectRefused(res: APIResponse, refusalText: RegExp | undefined, where: string) {
  const status = res.status();
  if (status === 404 || status === 403) return;
  if (status >= 300 && status < 400) {
    expect(res.headers().location ?? '', `${where}: redirected to sign-in`).toMatch(/\/admin\/sign-in/);
    return;
  }
  expect(status, `${where}: refused with 403/404, a redirect to sign-in or a refusal message`).toBe(200);
  expect(refusalText, `${where}: a 200 answer must carry a refusal message`).toBeDefined();
  expect(await res.text(), where).toMatch(refusalText!);
}

/** The text of a page's role="alert" message (the form's answer), or null. The words alone are not
 *  enough: every page carries its form's messages in the RSC payload. */
export function alertOf(html: string): string | null {
  const m = /<[a-z]+ role="alert"[^>]*>([^<]*)</.exec(html);
  return m ? m[1]! : null;
}
