// Reviews carry no links: a review is a worker's word about a station, and
// links are what spam brings. Refused are web addresses (http://, www.), bare
// IPv4 addresses and domain-like tokens (abc.com, x.cn, t.me), also when typed
// with full-width letters or a Chinese full stop for the dot. The list of
// endings keeps ordinary text free: "there.In" or "1.5km" are not links.

const TLDS = [
  'com', 'cn', 'net', 'org', 'info', 'biz', 'me', 'io', 'co', 'cc', 'tv', 'top', 'xyz', 'vip', 'shop', 'site', 'online',
  'app', 'dev', 'ly', 'gl', 'gg', 'im', 'ai', 'la', 'ws', 'link', 'club', 'wang', 'ink', 'pub', 'live', 'fun', 'store',
  'tech', 'icu', 'ren', 'asia', 'hk', 'tw', 'mo', 'uk', 'jp', 'kr', 'ru', 'su', 'de', 'fr', 'eu', 'gov', 'edu', 'mobi',
  'pro', 'work', 'ltd', 'group', 'cloud', 'sh', 'page', 'win', 'bid', 'xin', 'art', 'run', 'love', 'cool', 'zone',
  'today', 'plus', 'email', 'press', 'news', 'blog', 'life', 'world', 'space', 'website', 'tk', 'ml', 'ga', 'cf', 'gq',
  'pw', 'cx', 'nu', 'sg', 'vn', 'au', 'ca', 'nl', 'ch', 'cz', 'pl', 'es', 'fm', 'zip', 'mov',
];
/**
 * Chinese endings need no boundary after them: Chinese text runs on without spaces. Only those no sentence
 * starts with: "有wifi。网络很快" or "有USB。手机能充" are a worker's words, not links.
 */
const CHINESE_TLDS = ['中国', '网址', '中文网'];

/** One or more dot-separated labels, not glued to letters or digits before them. */
const LABELS = '(?<![a-z0-9-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*';

const LINKS = [
  /(?:https?|ftp):\/\//i,
  /(?:^|[^a-z0-9])www\./i,
  /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/,
  new RegExp(`${LABELS}\\.(?:(?:${TLDS.join('|')})(?![a-z0-9])|${CHINESE_TLDS.join('|')})`, 'i'),
];

/** True when the text holds anything that reads as a web address. */
export function hasLink(text: string): boolean {
  // NFKC turns full-width letters, digits and dots into ASCII; the Chinese full stop becomes a dot.
  const plain = text.normalize('NFKC').replace(/[。｡]/g, '.');
  return LINKS.some((re) => re.test(plain));
}
