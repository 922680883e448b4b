import { randomInt } from 'node:crypto';

// The test server trusts loopback as its proxy, so X-Forwarded-For names the
// client. A test that calls a per-address-limited read (export, coverage)
// comes from an address of its own, so that the suite's many calls do not
// share one allowance; e2e/api/public-limits.spec.ts tests the limits.

/** A random private address. */
export const randomAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}`;

/** Request options (Playwright's request.get) that come from the given address, or a new one. */
export const fromAddress = (a = randomAddress()) => ({ headers: { 'x-forwarded-for': a } });
