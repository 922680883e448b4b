import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toHono } from '@/components/station-page/render-markup';
import { h } from './markup';
import { toReact } from './render-react';

// The one view, drawn twice: both renderers must give the same HTML a user (or an attacker) would see.
const hono = async (m: Parameters<typeof toHono>[0]) => String(await (toHono(m) as { toString(): string | Promise<string> }).toString());
const react = (m: Parameters<typeof toReact>[0]) => renderToStaticMarkup(toReact(m) as React.ReactElement);

describe('markup renderers', () => {
  const hostile = '<script>alert(1)</script>"&';
  const view = h('article', { class: 'station-details', 'aria-labelledby': 'x' },
    h('h1', { id: 'x' }, hostile), false, null,
    h('a', { href: `tel:${hostile}` }, 'call'),
    h('ul', {}, ['a', 'b'].map((k) => h('li', {}, k))));

  it('escape text and attributes, and draw the same elements', async () => {
    const [fromHono, fromReact] = [await hono(view), react(view)];
    for (const html of [fromHono, fromReact]) {
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('<li>a</li><li>b</li>');
    }
  });

  it("keep a form field's initial state (React as an uncontrolled default), and the page a textarea's leading newline", async () => {
    const form = h('form', { method: 'post' },
      h('input', { type: 'radio', name: 'c', value: 'closed', checked: true }),
      h('input', { type: 'text', name: 'hp', value: '', tabindex: -1 }),
      h('textarea', { name: 'text', maxlength: 500 }, '\nfirst line kept'));
    const [fromHono, fromReact] = [await hono(form), react(form)];
    for (const html of [fromHono, fromReact]) {
      expect(html).toMatch(/<input type="radio"[^>]* checked[^>]*>/);
      expect(html).toMatch(/tabindex="-1"/i);
      expect(html).toMatch(/maxlength="500"/i);
    }
    // The HTML parser drops one newline after <textarea>: the page writes one more, so the typed one survives.
    // (React draws the panel's form in the browser, where the default is set as the field's value, not parsed.)
    expect(fromHono).toContain('<textarea name="text" maxlength="500">\n\nfirst line kept</textarea>');
    expect(fromReact).toContain('first line kept</textarea>');
  });
});
