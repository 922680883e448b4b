// Base maps. Markers are stored in WGS-84; Amap tiles are drawn in GCJ-02, so
// with them the map shifts markers into GCJ-02 (crs below). Tianditu's
// CGCS2000 matches WGS-84 to within centimetres.

export type TileLayerConfig = { url: string; subdomains?: string; maxZoom: number };
export type TileConfig = {
  provider: 'osm' | 'tianditu' | 'amap';
  layers: TileLayerConfig[];
  attribution: string;
  crs: 'wgs84' | 'gcj02';
};

export function tileConfig(provider: TileConfig['provider'], tiandituKey = ''): TileConfig {
  if (provider === 'tianditu') {
    const wmts = (layer: string) =>
      `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(tiandituKey)}`;
    return {
      provider,
      layers: [wmts('vec'), wmts('cva')].map((url) => ({ url, subdomains: '01234567', maxZoom: 18 })),
      attribution: '&copy; 天地图 Tianditu',
      crs: 'wgs84',
    };
  }
  if (provider === 'amap') {
    return {
      provider,
      layers: [{ url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}', subdomains: '1234', maxZoom: 18 }],
      attribution: '&copy; 高德地图 AutoNavi',
      crs: 'gcj02',
    };
  }
  return {
    provider: 'osm',
    layers: [{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', maxZoom: 19 }],
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    crs: 'wgs84',
  };
}
