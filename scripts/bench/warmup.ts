// The first requests pay for loading the data and building indexes; they are
// timed on their own and kept out of the measured runs.
import type { Client } from './client';
import { type Server, serverPid, statusField } from './server';
import { type Point, nearestPath, viewportPath } from './workloads';

export type Warmup = {
  firstNearestMs: number; firstViewportMs: number; firstViewportFilteredMs: number; firstHomePageMs: number;
  warmupRequests: number; serverPid: number; rssBytes: number; peakRssBytes: number;
};

const JIANGXI: Point = { lat: 28.68, lng: 115.89 };

export async function warmUp(client: Client, server: Server, points: Point[], filter: string): Promise<Warmup> {
  // Nearest first: its time is the DB read plus StationIndex build (the "first load").
  const firstNearestMs = (await client.ok(nearestPath(JIANGXI, ''))).ms;
  // Each distinct filter builds its own supercluster on first use.
  const firstViewportMs = (await client.ok(viewportPath(JIANGXI, 7, ''))).ms;
  const firstViewportFilteredMs = (await client.ok(viewportPath(JIANGXI, 7, filter))).ms;
  const firstHomePageMs = (await client.ok('/')).ms;
  // Then enough of every request kind for V8 to optimise the hot paths.
  let warmupRequests = 0;
  for (const [k, p] of points.entries()) {
    await client.ok(nearestPath(p, k % 2 ? filter : ''));
    await client.ok(viewportPath(p, 4 + (k % 15), k % 2 ? filter : ''));
    warmupRequests += 2;
  }
  const pid = serverPid(server);
  return {
    firstNearestMs: Math.round(firstNearestMs), firstViewportMs: Math.round(firstViewportMs),
    firstViewportFilteredMs: Math.round(firstViewportFilteredMs), firstHomePageMs: Math.round(firstHomePageMs),
    warmupRequests, serverPid: pid, rssBytes: statusField(pid, 'VmRSS'), peakRssBytes: statusField(pid, 'VmHWM'),
  };
}
