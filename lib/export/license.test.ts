import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataLicense, licenseHeaders } from './license';

const settings = { DATA_LICENSE: 'CC BY 4.0', DATA_LICENSE_URL: '', DATA_ATTRIBUTION: '', SITE_URL: 'https://yizhan.example.org' };

describe('data licence', () => {
  it('knows the usual licences\' addresses and credits the site unless told whom', () => {
    expect(dataLicense(settings)).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'https://yizhan.example.org' });
    expect(dataLicense({ ...settings, DATA_LICENSE: 'odbl  1.0', DATA_ATTRIBUTION: '江西省总工会' })).toMatchObject({ url: 'https://opendatacommons.org/licenses/odbl/1-0/', attribution: '江西省总工会' });
    expect(dataLicense({ ...settings, DATA_LICENSE: '江西工会数据开放协议' }).url).toBeNull();
    expect(dataLicense({ ...settings, DATA_LICENSE: 'CC0 1.0', DATA_LICENSE_URL: 'https://gh.example.org/licence' }).url).toBe('https://gh.example.org/licence');
  });

  it('goes into headers Node can send: a Link when the address is known, a Chinese name percent-encoded', () => {
    expect(licenseHeaders(dataLicense(settings))).toEqual({ 'X-License': 'CC BY 4.0', Link: '<https://creativecommons.org/licenses/by/4.0/>; rel="license"' });
    const own = licenseHeaders(dataLicense({ ...settings, DATA_LICENSE: '工会数据协议', DATA_LICENSE_URL: 'https://x.example/a<b>"c' }));
    expect(own['X-License']).toBe(encodeURIComponent('工会数据协议'));
    expect(own.Link).toBe('<https://x.example/a%3Cb%3E%22c>; rel="license"');
    for (const value of Object.values(own)) expect(value).toMatch(/^[\x20-\x7e]+$/);
    expect(licenseHeaders(dataLicense({ ...settings, DATA_LICENSE: 'my own' }))).toEqual({ 'X-License': 'my own' });
  });
});

describe('DATA_LICENSE settings', () => {
  async function loadWith(vars: Record<string, string | undefined>) {
    vi.resetModules();
    for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
    return (await import('@/lib/env')).env;
  }
  afterEach(() => vi.unstubAllEnvs());

  it('defaults to CC BY 4.0 with no address or attribution of its own', async () => {
    expect(await loadWith({ DATA_LICENSE: undefined, DATA_LICENSE_URL: undefined, DATA_ATTRIBUTION: undefined }))
      .toMatchObject({ DATA_LICENSE: 'CC BY 4.0', DATA_LICENSE_URL: '', DATA_ATTRIBUTION: '' });
  });

  it('refuses to start on an empty, overlong or multi-line licence, or an address that is not http(s)', async () => {
    await expect(loadWith({ DATA_LICENSE: '  ' })).rejects.toThrow(/DATA_LICENSE: name the licence/);
    await expect(loadWith({ DATA_LICENSE: 'x'.repeat(101) })).rejects.toThrow(/DATA_LICENSE:/);
    await expect(loadWith({ DATA_LICENSE: 'CC BY\r\nX-Evil: 1' })).rejects.toThrow(/DATA_LICENSE: no control characters/);
    await expect(loadWith({ DATA_LICENSE_URL: 'javascript:alert(1)' })).rejects.toThrow(/DATA_LICENSE_URL/);
    await expect(loadWith({ DATA_ATTRIBUTION: 'a\nb' })).rejects.toThrow(/DATA_ATTRIBUTION: no control characters/);
  });
});
