import 'server-only';
import { ImageResponse } from 'next/og';
import { cardFonts, coverText, fontIndex } from '@/lib/share-card/fonts';
import { CARD_HEIGHT, CARD_WIDTH, ShareCard, type CardText } from './card';

// The card as a PNG: next/og (satori draws text as paths, resvg or sharp makes the PNG) with the Noto
// Sans SC slices the words need (lib/share-card/fonts.ts), never its built-in Latin-only font for
// Chinese, and never a font from the network.

/** Each text through coverText(): every character drawn by a slice we load, or □. */
function covered(text: CardText, fi: Awaited<ReturnType<typeof fontIndex>>): CardText {
  const c = (s: string) => coverText(s, fi);
  return { ...text, brand: c(text.brand), name: c(text.name), where: c(text.where), hours: c(text.hours), host: c(text.host) };
}

/** `fontBytes`: the size of the font slices the card used (for scripts/bench-og.ts). */
export async function renderCard(raw: CardText): Promise<{ png: Uint8Array<ArrayBuffer>; fontBytes: number }> {
  const fi = await fontIndex();
  const text = covered(raw, fi);
  // "…" for the lines satori cuts short, in both weights.
  const { fonts, family, bytes } = await cardFonts([
    { text: `${text.brand}${text.name}…`, weight: 700 },
    { text: `${text.where}${text.hours}${text.host}…`, weight: 400 },
  ], fi);
  const image = new ImageResponse(<ShareCard text={text} families={{ regular: family[400], bold: family[700] }} />, {
    width: CARD_WIDTH, height: CARD_HEIGHT, fonts,
  });
  return { png: new Uint8Array(await image.arrayBuffer()), fontBytes: bytes };
}
