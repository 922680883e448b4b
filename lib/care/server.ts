import 'server-only';
import { cookies } from 'next/headers';
import { CARE_COOKIE, isCareOn } from './mode';

/** Whether this request's device asked for care mode (lib/care/mode.ts). Makes the page dynamic, as every public page is. */
export async function careMode(): Promise<boolean> {
  return isCareOn((await cookies()).get(CARE_COOKIE)?.value);
}
