import { expect, type Locator } from '@playwright/test';

// React, hydrating a form, writes its own values back into controlled inputs
// and replaces children it did not render. A test that edits the DOM (a
// forged hidden id, an extra <option>) must wait until React owns the node,
// or the edit can be undone and the "forged" post is a genuine one.
export async function whenHydrated(field: Locator) {
  await expect
    .poll(() => field.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$'))), {
      message: 'React has hydrated the field',
    })
    .toBe(true);
}

export async function tamper(field: Locator, value: string) {
  await whenHydrated(field);
  await field.evaluate((el, v) => { (el as HTMLInputElement).value = v; }, value);
}
