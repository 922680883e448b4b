import { describe, expect, it } from 'vitest';
import { minify, pageCss } from './page-css';

describe('pageCss', () => {
  it('holds the site, report and photo rules, dark mode included, read from their one source', async () => {
    const css = await pageCss();
    for (const rule of ['.station-page{', '.report-form', '.station-photos', 'prefers-color-scheme: dark', '.skip-link']) expect(css).toContain(rule);
    expect(css).not.toContain('/*');
  });

  it('holds the care-mode rules (关怀模式: the page can be opened in it, components/care/care.css)', async () => {
    const css = await pageCss();
    for (const rule of ['html.care{', '.care-switch{']) expect(css).toContain(rule);
  });

  it('minify drops comments and needless whitespace only', () => {
    expect(minify('/* a */\n.a  .b {\n  color: red;\n}\n@media (x) {\n .c { top: 0 }\n}')).toBe('.a .b{color: red;}@media (x){.c{top: 0}}');
  });
});
