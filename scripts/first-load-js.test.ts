import { describe, expect, it } from 'vitest';
import { inlineScriptText } from './first-load-js';

describe('inlineScriptText', () => {
  it('takes every inline script, classic or module, and leaves out external chunks and data blocks', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async></script>',
      '<script nonce="n">self.__next_f.push([1,"x"])</script>',
      '<script type="module">import("/m.js")</script>',
      '<SCRIPT type="text/javascript">var a = 1 < 2;</SCRIPT >',
      '<script type="application/ld+json">{"@type":"Place"}</script>',
      '<script type="application/json" id="data">{}</script>',
    ].join('');
    expect(inlineScriptText(html)).toBe('self.__next_f.push([1,"x"])\nimport("/m.js")\nvar a = 1 < 2;');
  });

  it('is empty for a page with no inline script', () => {
    expect(inlineScriptText('<html><body><p>hi</p></body></html>')).toBe('');
  });
});
