import { validateHours } from '@/lib/hours';

// Opening hours as union lists write them in Chinese ("周一至周五 08:30-12:00,
// 13:00-17:30", "24小时", "每天8点-20点，节假日休息") → OSM opening_hours. Read
// token by token; any character it does not understand makes the whole phrase
// unreadable (null), so nothing is half-read. `guessed`: the phrase names days
// without times ("工作日开放"), read as open all day on them, or an end time
// was taken as afternoon ("8:00-5:30"): the admin should check it.

export type HoursReading = { hours: string; guessed: boolean };

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const DAY_CHAR: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, 七: 6 };
const ALL = [0, 1, 2, 3, 4, 5, 6];

type Rule = { days: Set<number> | null; ph: boolean; times: string[]; allDay: boolean; off: boolean };
type Token = { days: number[]; ph?: boolean } | { time: string; guessed: boolean } | { allDay: true } | { off: true } | { skip: true };

const range = (a: number, b: number) => (a <= b ? ALL.slice(a, b + 1) : [...ALL.slice(a), ...ALL.slice(0, b + 1)]);
const DAY = '(?:周|星期|礼拜)([一二三四五六日天七])';
const TO = '\\s*(?:至|到|-|~|—|–)\\s*';
const CLOCK = '(上午|下午|早上|晚上|中午|早|晚)?\\s*(\\d{1,2})(?:[:.](\\d{2})|点(半|\\d{1,2}分?)?|时)?';

const RULES: [RegExp, (m: RegExpExecArray) => Token | null][] = [
  [new RegExp(`${DAY}(?:${TO}(?:周|星期|礼拜)?([一二三四五六日天七]))?`, 'y'),
    (m) => ({ days: m[2] ? range(DAY_CHAR[m[1]!]!, DAY_CHAR[m[2]]!) : [DAY_CHAR[m[1]!]!] })],
  [/工作日/y, () => ({ days: range(0, 4) })],
  [/(?:周末|双休日|双休)/y, () => ({ days: [5, 6] })],
  [/(?:法定)?(?:节假日|假日|节日)/y, () => ({ days: [], ph: true })],
  [/(?:全天24小时|24小时|24h|24时|全天候|全天|24\/7)/iy, () => ({ allDay: true })],
  [/(?:每天|每日|天天|全年无休|全年|全周|一周七天|每周七天|7天|七天)/y, () => ({ days: ALL })],
  [new RegExp(`${CLOCK}${TO}${CLOCK}`, 'y'), time],
  [/(?:休息|闭馆|休馆|不开放|停止开放|关闭|闭站)/y, () => ({ off: true })],
  [/(?:对外开放|开放时间|营业时间|服务时间|开放|营业|服务|时间|均|为|正常|及|和|与|[\s、，,;；:。.()（）【】[\]])/y, () => ({ skip: true })],
];

function clock(mod: string | undefined, h: string, mm: string | undefined, dian: string | undefined): number {
  let hour = Number(h);
  const min = mm ? Number(mm) : dian === '半' ? 30 : dian ? parseInt(dian, 10) : 0;
  if (mod && /下午|晚/u.test(mod) && hour < 12) hour += 12;
  return min < 60 ? hour * 60 + min : NaN;
}

function time(m: RegExpExecArray): Token | null {
  const from = clock(m[1], m[2]!, m[3], m[4]);
  let to = clock(m[5] ?? (m[1] && /下午|晚/u.test(m[1]) ? m[1] : undefined), m[6]!, m[7], m[8]);
  let guessed = false;
  // "8:00-5:30": a day ending before it starts in the morning is an afternoon end, not a night shift.
  if (to <= from && from < 12 * 60 && to <= 12 * 60 && !m[5]) { to += 12 * 60; guessed = true; }
  if (!(from < 24 * 60) || !(to <= 24 * 60)) return null;
  const hhmm = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
  return { time: `${hhmm(from)}-${hhmm(to)}`, guessed };
}

function tokens(text: string): Token[] | null {
  const out: Token[] = [];
  for (let at = 0; at < text.length;) {
    let hit: Token | null = null;
    for (const [re, make] of RULES) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      hit = make(m);
      if (!hit) return null;
      at += m[0].length;
      break;
    }
    if (!hit) return null;
    if (!('skip' in hit)) out.push(hit);
  }
  return out;
}

function daysText(days: Set<number> | null, ph: boolean): string {
  const parts: string[] = [];
  const list = [...(days ?? [])].sort((a, b) => a - b);
  for (let i = 0; i < list.length;) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${OSM_DAYS[list[i]!]}-${OSM_DAYS[list[j]!]}` : list.slice(i, j + 1).map((d) => OSM_DAYS[d]).join(','));
    i = j + 1;
  }
  if (ph) parts.push('PH');
  return parts.join(',');
}

const empty = (): Rule => ({ days: null, ph: false, times: [], allDay: false, off: false });
const hasBody = (r: Rule) => r.times.length > 0 || r.allDay || r.off;

function rulesOf(list: Token[]): { rules: Rule[]; guessed: boolean } {
  const rules: Rule[] = [];
  let cur = empty();
  let guessed = false;
  for (const t of list) {
    if ('days' in t) {
      if (hasBody(cur)) { rules.push(cur); cur = empty(); }
      cur.days = new Set([...(cur.days ?? []), ...t.days]);
      cur.ph ||= t.ph === true;
    } else if ('time' in t) { cur.times.push(t.time); guessed ||= t.guessed; }
    else if ('allDay' in t) cur.allDay = true;
    else if ('off' in t) cur.off = true;
  }
  if (hasBody(cur) || cur.days) rules.push(cur);
  // "9:00-17:00（周一至周五）": the days came after their times.
  const [a, b] = rules;
  if (rules.length === 2 && a && b && a.days === null && !a.off && !hasBody(b)) rules.splice(0, 2, { ...a, days: b.days, ph: b.ph });
  return { rules, guessed };
}

function ruleText(r: Rule, only: boolean): string | null {
  const days = daysText(r.days, r.ph);
  if (r.off) return r.times.length || r.allDay || !days ? null : `${days} off`;
  if (r.allDay && r.times.length) return null;
  if (r.allDay) return only && (!days || days === 'Mo-Su') ? '24/7' : `${days || 'Mo-Su'} 00:00-24:00`;
  if (r.times.length) return `${days ? `${days} ` : 'Mo-Su '}${r.times.join(',')}`;
  // Days alone mean open all day on them: a reading only when nothing else is said.
  return only ? days : null;
}

/** The phrase as OSM opening_hours, checked by the opening_hours library; null when it cannot be read. */
export function hoursFromPhrase(phrase: string): HoursReading | null {
  const text = phrase.normalize('NFKC').trim();
  if (!text || text.length > 200) return null;
  const list = tokens(text);
  if (!list || list.length === 0) return null;
  const { rules, guessed } = rulesOf(list);
  const parts = rules.map((r) => ruleText(r, rules.length === 1));
  // Closed days alone ("节假日休息") would read as never open.
  if (parts.some((p) => p === null) || rules.every((r) => r.off)) return null;
  const hours = parts.join('; ');
  if (!validateHours(hours).ok) return null;
  const daysOnly = rules.length === 1 && !hasBody(rules[0]!);
  return { hours, guessed: guessed || daysOnly };
}
