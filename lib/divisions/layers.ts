// Where the drawing layers of public/geo live (written by `npm run geo:prepare`), WGS-84, feature
// properties { code, name }. No Node imports: the map's boundary layer uses this in the browser.

export const CHINA = '100000';
export const JIANGXI = '360000';

/** All provinces of China, one outline each. */
export const PROVINCES_LAYER = '/geo/china/provinces.json';

export type ProvinceLayers = { cities: string; counties: string };

/** A province's cities (and the counties it runs directly), and its counties. Jiangxi keeps its seed layers. */
export function provinceLayers(provinceCode: string): ProvinceLayers {
  if (provinceCode === JIANGXI) return { cities: '/geo/prefectures.json', counties: '/geo/counties.json' };
  return { cities: `/geo/china/${provinceCode}-cities.json`, counties: `/geo/china/${provinceCode}-counties.json` };
}

export const provinceOf = (code: string) => `${code.slice(0, 2)}0000`;
