import { z } from 'zod';
import { isDivisionCode } from './divisions/codes';
import { parseTrustedProxies } from './security/client-address';
import { isFrameSourceList } from './security/headers';

// Validated configuration. Every optional setting has a working default so
// `npm start` runs on a fresh machine with no .env at all.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1).default('file:./data/yizhan.db'),
  /** "0" starts with an empty database instead of the sample data. */
  SEED_SAMPLE: z.enum(['0', '1']).default('1'),
  /** Base map: OpenStreetMap, Tianditu (needs TIANDITU_KEY) or Amap (GCJ-02). */
  MAP_TILES: z.enum(['osm', 'tianditu', 'amap']).default('osm'),
  TIANDITU_KEY: z.string().default(''),
  /** How often (ms) an app instance checks whether the station data changed. */
  INDEX_REFRESH_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
  /** Public origin used in share metadata (Open Graph URLs). */
  SITE_URL: z.url().default('http://localhost:3000'),
  /** Signs session cookies. Required in production; a fixed development value otherwise. */
  BETTER_AUTH_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /** Server processes `npm start` runs on its one port (one per core renders fastest; each holds its own station index). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Who may frame /embed: CSP frame-ancestors sources, space-separated, e.g.
   * "https://www.jxgh.org.cn https://*.example.org". Any web page by default.
   */
  EMBED_FRAME_ANCESTORS: z.string().trim()
    .refine(isFrameSourceList, "space-separated origins (https://host[:port], https://*.host), schemes (https:) or *").default('https: http:'),
  /**
   * Which X-Forwarded-For hops to believe: empty (the socket's address; the default),
   * a hop count ("1": one proxy in front), or the proxies' CIDRs ("127.0.0.1, 10.0.0.0/8").
   */
  TRUSTED_PROXIES: z.string().max(2000).default('').superRefine((value, ctx) => {
    try {
      parseTrustedProxies(value);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
    }
  }),
  /**
   * The region the home page opens on: a division code (GB/T 2260) of a province, city or county;
   * 100000 for all of China. Jiangxi by default.
   */
  DEFAULT_REGION: z.string().trim().regex(/^\d{6}$/, { message: 'a six-digit division code, such as 360000 (Jiangxi) or 100000 (all of China)', abort: true })
    .refine(isDivisionCode, 'no division has this code (use a province, city or county code, or 100000 for all of China)').default('360000'),
  /** Working days (Monday–Friday and the State Council's make-up days, less public holidays) a county union has to answer a complaint. */
  COMPLAINT_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  /**
   * The licence of the public station data, named in the public export (GeoJSON member, CSV headers),
   * on /api-docs and in the OpenAPI document. The operator sets the one their union agreed to.
   */
  DATA_LICENSE: z.string().trim().min(1, 'name the licence, e.g. "CC BY 4.0"').max(100).regex(/^[^\p{Cc}]+$/u, 'no control characters').default('CC BY 4.0'),
  /** The licence's text on the web; for CC BY 4.0, CC BY-SA 4.0, CC0 1.0 and ODbL 1.0 it is known without it. */
  DATA_LICENSE_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'an http(s) URL' })]).default(''),
  /** Whom users of the data credit (e.g. "江西省总工会"); SITE_URL when empty. */
  DATA_ATTRIBUTION: z.string().trim().max(200).regex(/^[^\p{Cc}]*$/u, 'no control characters').default(''),
  /** Where uploaded station photos are kept. */
  UPLOAD_DIR: z.string().min(1).default('./data/uploads'),
  /** Where import files wait between their dry run and their apply (swept hourly); the system's temp folder by default. */
  IMPORT_DIR: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${issues.join('\n  ')}`);
  }
  if (parsed.data.MAP_TILES === 'tianditu' && !parsed.data.TIANDITU_KEY) {
    throw new Error('Invalid configuration: MAP_TILES=tianditu needs TIANDITU_KEY');
  }
  return parsed.data;
}

export const env: Env = load();

export function isPostgres(url = env.DATABASE_URL): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Path of the SQLite file for a `file:` URL, relative to the project root. */
export function sqliteFile(url = env.DATABASE_URL): string {
  return url.replace(/^file:/, '');
}
