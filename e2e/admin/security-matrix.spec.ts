import { expect, test } from '../fixtures';
import { testDb } from '../admin-fixtures';
import { expectRefused, formWith, harvestForms, postForm, withValues } from './security-helpers';
import {
  ACTS_IN, IN_COUNTY, makeWorld, OUT_COUNTY, queuePageWith, ROLES, sessions, snapshot, stationForms, stringPoint, type RoleName, type World, type WorldStation,
} from './security-world';

// The role × action matrix of issue 3: for each role (province, city 360100,
// county 360102, county 360103) and anonymous, every admin page and every
// admin server action, on stations inside and outside the scope. Refusals are
// 404 or a redirect to sign-in (or the form's refusal), and the database is
// compared after every refused write. Forged posts carry fields taken from
// the server HTML a province admin gets, as a browser without JavaScript
// would post them; each kind of post is also shown to work for an admin in
// scope, so a refusal is never just a malformed request.
// Account actions and tampered live forms: security-matrix-forms.spec.ts;
// the import and export API: security-matrix-api.spec.ts.

test.describe.configure({ timeout: 180_000 });

type Rule = 'signedIn' | 'province' | WorldStation;
function expected(role: RoleName | 'anonymous', rule: Rule): 200 | 404 | 'signIn' {
  if (role === 'anonymous') return 'signIn';
  if (rule === 'signedIn') return 200;
  if (rule === 'province') return role === 'province' ? 200 : 404;
  return ACTS_IN[rule.county]!.includes(role) ? 200 : 404;
}

function pageRules(w: World): [string, Rule, string?][] {
  const rows: [string, Rule, string?][] = [['/admin', 'signedIn'], ['/admin/stations/new', 'signedIn'], ['/admin/reports', 'signedIn'], ['/en/admin', 'signedIn'],
    ['/admin/import', 'signedIn'], ['/admin/export', 'signedIn']];
  for (const s of [w.stations.in, w.stations.out, w.stations.outArchived]) {
    rows.push([`/admin/stations/${s.id}`, s, s.name], [`/admin/stations/${s.id}/history`, s, s.name], [`/admin/photos/${s.id}`, s, s.name]);
  }
  rows.push(['/admin/accounts', 'province'], [`/admin/accounts/${w.target.id}`, 'province', w.target.email], ['/admin/audit', 'province'], ['/en/admin/accounts', 'province']);
  return rows;
}

test('every admin page, for every role and anonymous, inside and outside the scope', async ({ browser }) => {
  const w = await makeWorld();
  const { pages, done } = await sessions(browser, w);
  for (const role of [...ROLES, 'anonymous'] as const) {
    for (const [path, rule, mustShow] of pageRules(w)) {
      const res = await pages[role].request.get(path, { maxRedirects: 0 });
      const want = expected(role, rule);
      const where = `${role} GET ${path}`;
      if (want === 'signIn') {
        expect(res.status(), where).toBe(307);
        expect(res.headers().location, where).toMatch(/^(\/en)?\/admin\/sign-in$/);
        continue;
      }
      expect(res.status(), where).toBe(want);
      if (mustShow) expect((await res.text()).includes(mustShow), `${where} shows ${mustShow}`).toBe(want === 200);
    }
  }
  // Lists and the report queue show only what is in scope, whatever the filter asks for.
  for (const role of ROLES) {
    for (const s of [w.stations.in, w.stations.out]) {
      const allowed = ACTS_IN[s.county]!.includes(role);
      for (const path of [`/admin?q=${encodeURIComponent(s.name)}`, `/admin?county=${s.county}&q=${encodeURIComponent(s.name)}`]) {
        const res = await pages[role].request.get(path);
        expect(res.status(), `${role} ${path}`).toBe(200);
        // The row links to the station's page; the search box echoes the name either way.
        expect((await res.text()).includes(`/admin/stations/${s.id}`), `${role} ${path} lists it`).toBe(allowed);
      }
      expect((await queuePageWith(pages[role], s.reportText)) !== null, `${role} sees the report on ${s.county}`).toBe(allowed);
    }
  }
  await done();
});

test('every station action outside the scope is refused and changes nothing', async ({ browser, baseURL }) => {
  const w = await makeWorld();
  const { pages, done } = await sessions(browser, w);
  const pairs: [RoleName | 'anonymous', WorldStation, WorldStation][] = [];
  for (const role of [...ROLES, 'anonymous'] as const) {
    for (const [s, archived] of [[w.stations.in, w.stations.inArchived], [w.stations.out, w.stations.outArchived]] as const) {
      if (role === 'anonymous' || !ACTS_IN[s.county]!.includes(role)) pairs.push([role, s, archived]);
    }
  }
  expect(pairs.map(([r, s]) => `${r}@${s.county}`)).toEqual([
    'city@360702', 'donghu@360702', 'xihu@360102', 'xihu@360702', 'anonymous@360102', 'anonymous@360702',
  ]);
  const before = await snapshot(w);
  for (const [role, s, archived] of pairs) {
    for (const [label, path, fields] of await stationForms(w, pages.province, s, archived)) {
      await expectRefused(await postForm(pages[role], path, fields, baseURL!), /你没有权限/, `${role}: ${label} on ${s.county}`);
      expect(await snapshot(w), `${role}: ${label} on ${s.county} changed the database`).toEqual(before);
    }
  }
  await done();
});

test('a station cannot be moved or created outside the scope', async ({ browser, baseURL }) => {
  const w = await makeWorld();
  const { pages, done } = await sessions(browser, w);
  const move = withValues(formWith(await harvestForms(pages.province, `/admin/stations/${w.stations.in.id}`), 'version'), {
    countyCode: OUT_COUNTY, ...stringPoint(OUT_COUNTY), saveAnyway: '1',
  });
  const create = formWith(await harvestForms(pages.province, '/admin/stations/new'), 'openingHours');
  const newStation = (county: string) => withValues(create, {
    name: `新站${w.tag}`, kind: 'station', status: 'in_use', crs: 'wgs84', countyCode: county, ...stringPoint(county), openingHours: '24/7', saveAnyway: '1',
  });
  const before = await snapshot(w);
  for (const [role, path, fields] of [
    ['donghu', `/admin/stations/${w.stations.in.id}`, move], ['city', `/admin/stations/${w.stations.in.id}`, move],
    ['donghu', '/admin/stations/new', newStation(OUT_COUNTY)], ['city', '/admin/stations/new', newStation(OUT_COUNTY)],
    ['xihu', '/admin/stations/new', newStation(IN_COUNTY)], ['anonymous', '/admin/stations/new', newStation(IN_COUNTY)],
  ] as const) {
    await expectRefused(await postForm(pages[role], path, fields, baseURL!), /不在你的管辖范围内|你没有权限/, `${role} → ${path}`);
    expect(await snapshot(w), `${role} wrote outside the scope via ${path}`).toEqual(before);
  }
  // Control: the same create form inside the scope makes the station.
  expect((await postForm(pages.city, '/admin/stations/new', newStation(IN_COUNTY), baseURL!)).status()).toBe(303);
  expect(await testDb().station.count({ where: { name: `新站${w.tag}`, countyCode: IN_COUNTY } })).toBe(1);
  await done();
});

test('control: the same forged posts from an admin in scope do their work', async ({ browser, baseURL }) => {
  const w = await makeWorld();
  const { pages, done } = await sessions(browser, w);
  const forms = await stationForms(w, pages.province, w.stations.in, w.stations.inArchived);
  for (const [label, path, fields] of forms.filter(([l]) => l !== 'report dismiss')) {
    // Redirected after the write; the photo form answers in place.
    expect([200, 303], `donghu: ${label}`).toContain((await postForm(pages.donghu, path, fields, baseURL!)).status());
  }
  const after = await snapshot(w);
  const row = (id: string) => after.stations.find((x) => x.id === id)!;
  expect(row(w.stations.in.id).name).toBe(`改名${w.tag}`);
  expect(row(w.stations.in.id).lastVerifiedAt?.getTime()).toBeGreaterThan(Date.now() - 120_000);
  expect(row(w.stations.in.id).archivedAt).not.toBeNull();
  expect(row(w.stations.inArchived.id).archivedAt).toBeNull();
  expect(after.photos.filter((p) => p.stationId === w.stations.in.id)).toEqual([]);
  expect(after.reports.find((r) => r.id === w.stations.in.reportId)?.status).toBe('resolved');
  expect(after.audit.filter((a) => a.actorId === w.accounts.donghu.id).map((a) => a.action).sort())
    .toEqual(['archive', 'edit', 'edit', 'report_resolve', 'restore', 'verify']);
  await done();
});
