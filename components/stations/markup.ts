// A neutral description of markup: what one station view builds once and two
// renderers draw, React for the map's panel (render-react.tsx) and hono/jsx
// for the plain-HTML station page (components/station-page/render-markup.ts).
// Attributes use HTML's names (class, for); each renderer maps them. Text is
// always text: both renderers escape it, neither has a way to insert raw HTML.
// Form fields carry their initial state as HTML does (`checked`, `value`, a
// textarea's text); React's renderer makes them uncontrolled defaults.

/** A function only where React posts a form to a server action (`action`); plain HTML never gets one. */
export type Attrs = Record<string, string | number | boolean | undefined | ((form: FormData) => void)>;
export type Markup = string | null | false | undefined | Element | Markup[];
export type Element = { tag: string; attrs: Attrs; children: Markup[] };

/** One element: `h('p', { class: 'muted' }, 'text', h('br'))`. */
export function h(tag: string, attrs: Attrs = {}, ...children: Markup[]): Element {
  return { tag, attrs, children };
}

export const isElement = (m: Markup): m is Element => typeof m === 'object' && m !== null && !Array.isArray(m);
