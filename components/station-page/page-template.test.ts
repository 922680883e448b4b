import { describe, expect, it } from 'vitest';
import { fillTemplate, hole, toTemplate } from './page-template';

describe('page templates', () => {
  const html = `<style>${hole('Css')}</style><p>驿站 – “open”</p><script nonce="${hole('Nonce')}">x</script>`;

  it('gives back the page with each request’s values in its holes', () => {
    const t = toTemplate(html);
    const a = fillTemplate(t, { Css: Buffer.from('p{color:red}'), Nonce: Buffer.from('abc') }).toString('utf8');
    expect(a).toBe('<style>p{color:red}</style><p>驿站 – “open”</p><script nonce="abc">x</script>');
    const b = fillTemplate(t, { Css: Buffer.from(''), Nonce: Buffer.from('other') }).toString('utf8');
    expect(b).toContain('nonce="other"');
    expect(b).not.toContain('abc');
  });

  it('counts the page’s own bytes, not the shared values', () => {
    const t = toTemplate(html);
    expect(t.bytes).toBe(Buffer.byteLength(html.replace(hole('Css'), '').replace(hole('Nonce'), '')));
  });

  it('refuses to send a page with a hole left open', () => {
    expect(() => fillTemplate(toTemplate(html), { Css: Buffer.from('') })).toThrow(/Nonce/);
  });

  it('keeps a page without holes as it is', () => {
    expect(fillTemplate(toTemplate('<p>a</p>'), {}).toString()).toBe('<p>a</p>');
  });
});
