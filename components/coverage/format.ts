// Number formats of the coverage and statistics pages, per locale.

export function formatNumber(locale: string, x: number | null, digits = 0): string {
  if (x === null || !Number.isFinite(x)) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** 0.1234 → "12.3 %" (zh-CN writes "12.3%"). */
export function formatShare(locale: string, share: number | null, digits = 1): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

export const formatKm2 = (locale: string, km2: number | null) => formatNumber(locale, km2, km2 !== null && km2 < 1 ? 2 : 1);

export const formatCoord = (x: number) => x.toFixed(5);
