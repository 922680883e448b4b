import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_FROM_CACHE_MESSAGE, SW_URL } from '@/lib/pwa/cache-rules';
import { bootScript } from './inline-script';

// The station page's inline script, run as the browser would run its text: in a
// context of its own with a fake navigator, document and MessageChannel.

type Port = { onmessage: ((e: { data: unknown }) => void) | null; close: () => void };

function world({ controlled, readyState = 'loading' }: { controlled: boolean; readyState?: string }) {
  const posted: unknown[] = [];
  const listeners: Record<string, () => void> = {};
  const region = { children: [] as { role: string | null; textContent: string }[], appendChild(p: { role: string | null; textContent: string }) { this.children.push(p); } };
  const port1: Port = { onmessage: null, close: vi.fn() };
  const controller = { postMessage: (msg: unknown) => posted.push(msg) };
  const sw = {
    controller: controlled ? controller : null,
    register: vi.fn(() => Promise.resolve()),
    addEventListener: (type: string, f: () => void) => { listeners[`sw:${type}`] = f; },
  };
  const ctx = {
    navigator: { serviceWorker: sw },
    location: { href: 'http://127.0.0.1/stations/s1' },
    document: {
      readyState,
      getElementById: (id: string) => (id === 'offline-notice' ? region : null),
      createElement: () => {
        const el = { role: null as string | null, textContent: '', setAttribute(_k: string, v: string) { el.role = v; } };
        return el;
      },
    },
    MessageChannel: function MessageChannel(this: { port1: Port; port2: object }) { this.port1 = port1; this.port2 = {}; },
    addEventListener: (type: string, f: () => void) => { listeners[type] = f; },
    Intl, Date, JSON,
  };
  return { ctx, sw, posted, listeners, region, port1, controller };
}

const data = { notice: '离线，数据来自 {time}', locale: 'zh-CN', region: 'offline-notice' };

describe('bootScript', () => {
  it('is small, and nothing in its data can end the <script> element', () => {
    const code = bootScript({ ...data, notice: '</script><script>alert(1)</script> {time}' });
    expect(code).not.toMatch(/<\/script/i);
    expect(bootScript(data).length).toBeLessThan(1500);
  });

  it('shows the localized notice when the worker says the page came from its cache', () => {
    const w = world({ controlled: true });
    runInNewContext(bootScript(data), w.ctx);
    expect(w.posted).toEqual([{ type: PAGE_FROM_CACHE_MESSAGE }]);
    w.port1.onmessage?.({ data: '2026-12-02T01:30:00.000Z' });
    expect(w.region.children).toHaveLength(1);
    expect(w.region.children[0]!.role).toBe('status');
    expect(w.region.children[0]!.textContent).toMatch(/^离线，数据来自 .*\d{1,2}:\d{2}/);
    expect(w.port1.close).toHaveBeenCalled();
  });

  it('shows nothing when the page came from the network', () => {
    const w = world({ controlled: true });
    runInNewContext(bootScript(data), w.ctx);
    w.port1.onmessage?.({ data: null });
    expect(w.region.children).toHaveLength(0);
  });

  it('registers the worker after load and, once it takes control, asks it to keep this page', async () => {
    const w = world({ controlled: false });
    runInNewContext(bootScript(data), w.ctx);
    expect(w.sw.register).not.toHaveBeenCalled();
    w.listeners.load!();
    expect(w.sw.register).toHaveBeenCalledWith(SW_URL, { scope: '/' });
    w.sw.controller = w.controller;
    w.listeners['sw:controllerchange']!();
    expect(w.posted).toEqual([{ type: 'CACHE_URLS', payload: { urlsToCache: [['http://127.0.0.1/stations/s1', { headers: { Accept: 'text/html' } }]] } }]);
  });

  it('registers at once when the page has already loaded; does nothing without service workers', () => {
    const w = world({ controlled: false, readyState: 'complete' });
    runInNewContext(bootScript(data), w.ctx);
    expect(w.sw.register).toHaveBeenCalledTimes(1);
    expect(() => runInNewContext(bootScript(data), { navigator: {} })).not.toThrow();
  });
});
