// Draws public/og-image.png, the site-wide picture (the station pages have their
// own share card, components/share-card, and answer this one if theirs cannot be
// drawn): `npx tsx scripts/make-og-image.tsx public/og-image.png`, naming the home
// region (DEFAULT_REGION, e.g. `DEFAULT_REGION=100000` for "China"). English only:
// ImageResponse's built-in font has no Chinese glyphs.
import { ImageResponse } from 'next/og';
import { writeFileSync } from 'node:fs';
import { division } from '../lib/divisions/catalog';

const code = process.env.DEFAULT_REGION ?? '360000';
const region = division(code)?.nameEn;
if (!region) throw new Error(`DEFAULT_REGION: no division has the code ${code}`);
const img = new ImageResponse(
  (
    <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', background: '#b91c1c', color: '#fff', padding: '0 90px' }}>
      <div style={{ width: 220, height: 220, borderRadius: 110, background: '#fff', display: 'flex', alignItems: 'center', justifyContent: 'center', marginRight: 70 }}>
        <div style={{ width: 90, height: 90, borderRadius: 45, background: '#15803d' }} />
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 120, fontWeight: 700 }}>Yizhan</div>
        <div style={{ fontSize: 52, opacity: 0.95 }}>Union service station map</div>
        <div style={{ fontSize: 40, opacity: 0.85, marginTop: 20 }}>{`${region} · water, rest, charging`}</div>
      </div>
    </div>
  ),
  { width: 1200, height: 630 },
);
writeFileSync(process.argv[2]!, Buffer.from(await img.arrayBuffer()));
