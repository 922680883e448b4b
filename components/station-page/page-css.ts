import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// The station page's CSS, inlined in a <style> (one round trip on a weak
// signal; the CSP allows inline styles). Read from the very files the React
// pages import (app/globals.css and the report and photo styles), once, at
// the first request, relative to process.cwd(): `next start` and `next dev`
// run from the repository root, and output tracing picks the files up from
// the literal paths below. So there is one source of the rules, no copy to
// drift; a missing file fails the first request loudly rather than shipping
// an unstyled page.
// Each path literal, so that tracing sees these three files rather than the whole project.
const READS = [
  () => readFile(path.join(process.cwd(), 'app', 'globals.css'), 'utf8'),
  () => readFile(path.join(process.cwd(), 'components', 'reports', 'reports.css'), 'utf8'),
  () => readFile(path.join(process.cwd(), 'components', 'photos', 'photos.css'), 'utf8'),
  () => readFile(path.join(process.cwd(), 'components', 'reviews', 'reviews.css'), 'utf8'),
  () => readFile(path.join(process.cwd(), 'components', 'care', 'care.css'), 'utf8'),
];

let css: Promise<{ text: string; bytes: Buffer }> | undefined;

function load(): Promise<{ text: string; bytes: Buffer }> {
  css ??= Promise.all(READS.map((read) => read()))
    .then((texts) => {
      const text = minify(texts.join('\n'));
      // Inlined as raw text: nothing in it may end the <style> element.
      if (/<\/style/i.test(text)) throw new Error('page CSS contains </style');
      return { text, bytes: Buffer.from(text, 'utf8') };
    })
    .catch((err: unknown) => {
      css = undefined;
      throw err;
    });
  return css;
}

export const pageCss = async (): Promise<string> => (await load()).text;
/** The same CSS as UTF-8, for the cached pages (./page-template). */
export const pageCssBytes = async (): Promise<Buffer> => (await load()).bytes;

/** Comments and runs of whitespace out; a few KB fewer on every page. Strings in this CSS never hold either. */
export function minify(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').trim();
}
