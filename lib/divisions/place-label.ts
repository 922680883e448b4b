// A place as one line in the page's language: 河南省郑州市二七区, or smallest first in English,
// "Erqi District, Zhengzhou City, Henan". No Node imports: the map's panel uses this in the browser.

export type Named = { name: string; nameEn: string };

/** `chain`: the divisions from the top (province) down; empty names are left out. */
export function placeLabel(chain: readonly Named[], locale: string): string {
  const named = chain.filter((d) => d.name);
  return locale === 'en' ? named.map((d) => d.nameEn || d.name).reverse().join(', ') : named.map((d) => d.name).join('');
}

export type StationPlace = {
  provinceName: string; provinceNameEn: string; cityName: string; cityNameEn: string; countyName: string; countyNameEn: string;
};

/** A station's province, city and county. */
export function stationPlace(s: StationPlace, locale: string): string {
  return placeLabel([
    { name: s.provinceName, nameEn: s.provinceNameEn },
    { name: s.cityName, nameEn: s.cityNameEn },
    { name: s.countyName, nameEn: s.countyNameEn },
  ], locale);
}
