import { division } from '@/lib/divisions/catalog';
import type { PublicStation } from './types';

type Names = Pick<PublicStation, 'countyName' | 'countyNameEn' | 'cityName' | 'cityNameEn' | 'provinceCode' | 'provinceName' | 'provinceNameEn'>;

/** A station's county, city and province in both languages, from the catalog (`dbName`: the county row's own name, should the catalog lack it). */
export function stationDivisions(countyCode: string, dbName: string): Names {
  const county = division(countyCode);
  const city = county?.cityCode ? division(county.cityCode) : undefined;
  const province = division(county?.provinceCode ?? `${countyCode.slice(0, 2)}0000`);
  return {
    countyName: county?.name ?? dbName, countyNameEn: county?.nameEn ?? '',
    cityName: city?.name ?? '', cityNameEn: city?.nameEn ?? '',
    provinceCode: province?.code ?? '', provinceName: province?.name ?? '', provinceNameEn: province?.nameEn ?? '',
  };
}
