import type { ReactElement } from 'react';

// The share card's picture (1200×630, what WeChat, Weibo and others show
// under a shared station link), as next/og's satori draws it: flex boxes
// and inline styles only. Big type: it is often seen as a thumbnail.

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What the card says, in the page's language, already passed through coverText(). */
export type CardText = {
  /** Site name and tagline, e.g. "驿站 · 工会服务站点地图". */
  brand: string;
  name: string;
  /** Kind and place, e.g. "工会驿站 · 江西省南昌市东湖区". */
  where: string;
  /** "24小时开放", "开放时间：周一至周五 08:00–18:00", or empty when the hours are unreadable. */
  hours: string;
  /** Open round the clock: the hours line is green. */
  allDay: boolean;
  /** The site's host, e.g. "yizhan.example.cn". */
  host: string;
};

export type CardFamilies = { regular: string; bold: string };

const RED = '#b91c1c';
const GREEN = '#15803d';

/**
 * One line (or `lines` lines) of text, cut with an ellipsis when longer. The padding leaves room for
 * the ellipsis, which satori sets past the text's width (with lineClamp, up to a whole character).
 */
const clamp = (lines: number) =>
  lines === 1
    ? ({ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', paddingRight: 32 } as const)
    : ({ display: 'block', lineClamp: lines, overflow: 'hidden', paddingRight: '1em' } as const);

export function ShareCard({ text, families }: { text: CardText; families: CardFamilies }): ReactElement {
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', background: '#fff', color: '#111', fontFamily: families.regular }}>
      <div style={{ width: 28, height: '100%', background: RED }} />
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', padding: '48px 72px 40px 64px' }}>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 34, color: RED, fontFamily: families.bold, fontWeight: 700 }}>
          <div style={{ width: 44, height: 44, borderRadius: 22, background: RED, display: 'flex', alignItems: 'center', justifyContent: 'center', marginRight: 18 }}>
            <div style={{ width: 18, height: 18, borderRadius: 9, background: '#fff' }} />
          </div>
          <div style={clamp(1)}>{text.brand}</div>
        </div>
        <div style={{ ...clamp(2), marginTop: 36, fontSize: 80, lineHeight: 1.2, fontWeight: 700, fontFamily: families.bold }}>{text.name}</div>
        <div style={{ ...clamp(1), marginTop: 20, fontSize: 40, color: '#333' }}>{text.where}</div>
        {text.hours && (
          <div style={{ ...clamp(2), marginTop: 10, fontSize: 40, lineHeight: 1.3, color: text.allDay ? GREEN : '#333' }}>{text.hours}</div>
        )}
        <div style={{ flex: 1 }} />
        <div style={{ ...clamp(1), fontSize: 28, color: '#666' }}>{text.host}</div>
      </div>
    </div>
  );
}
