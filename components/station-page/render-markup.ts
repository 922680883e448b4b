import 'server-only';
import { jsx, type Child } from 'hono/jsx';
import { isElement, type Markup } from '@/components/stations/markup';

// Draws a Markup tree (components/stations/markup.ts) with hono/jsx, which
// escapes every text and attribute: the station page's half of the views the
// map's panel draws with React.

export function toHono(m: Markup): Child {
  if (Array.isArray(m)) return m.map(toHono);
  if (!isElement(m)) return m || null;
  const props = Object.fromEntries(Object.entries(m.attrs).filter(([, v]) => v !== undefined && v !== false && typeof v !== 'function'));
  // The parser drops a textarea's first newline: this one, so a typed leading newline stays.
  const children = m.tag === 'textarea' ? ['\n', ...m.children] : m.children;
  return jsx(m.tag, props, ...children.map(toHono));
}
