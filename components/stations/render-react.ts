import { createElement, type ReactNode } from 'react';
import { isElement, type Element, type Markup } from './markup';

// Draws a Markup tree (components/stations/markup.ts) with React: HTML's
// attribute names become React's, a field's initial state its default (the
// fields stay uncontrolled, as a plain form's are); text stays text.

const REACT_NAMES: Record<string, string> = {
  class: 'className', for: 'htmlFor', tabindex: 'tabIndex', maxlength: 'maxLength', autocomplete: 'autoComplete', hreflang: 'hrefLang',
};

function reactName(e: Element, name: string): string {
  if (e.tag === 'input' && name === 'checked') return 'defaultChecked';
  if (e.tag === 'input' && name === 'value' && e.attrs.type === 'text') return 'defaultValue';
  return REACT_NAMES[name] ?? name;
}

function props(e: Element): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(e.attrs)) if (value !== undefined && value !== false) out[reactName(e, name)] = value;
  return out;
}

/** Children spread as arguments, so React asks for no keys: the tree is built anew for each render. */
export function toReact(m: Markup): ReactNode {
  if (Array.isArray(m)) return m.flat(Infinity as 1).map(toReact) as ReactNode;
  if (!isElement(m)) return m || null;
  const children = m.children.flat(Infinity as 1) as Markup[];
  if (m.tag === 'textarea') return createElement(m.tag, { ...props(m), defaultValue: children.join('') });
  return createElement(m.tag, props(m), ...children.map(toReact));
}
