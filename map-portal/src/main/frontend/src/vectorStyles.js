import Style from 'ol/style/Style.js';
import Stroke from 'ol/style/Stroke.js';
import Fill from 'ol/style/Fill.js';
import CircleStyle from 'ol/style/Circle.js';

/**
 * Browser-side styles for vector-tile layers, matching the server's default WMS styles
 * (tile-service DefaultStyles): pipelines in CJJ 61 colours by `category`, city parts by GB/T
 * 30428.2 `major_code`, addresses as small slate dots. Keep the colours in step with those classes.
 */
const CJJ61 = {
  JS: '#00ffff',
  PS: '#8b4513',
  RQ: '#ff00ff',
  DL: '#ff0000',
  TX: '#00b050',
  RL: '#ff8c00',
  GY: '#000000',
};
const CJJ61_OTHER = '#808080';
const PART_CLASSES = {
  '01': '#1e88e5',
  '02': '#43a047',
  '03': '#fb8c00',
  '04': '#2e7d32',
  '05': '#8d6e63',
  '06': '#757575',
};
const GREY = '#9e9e9e';
const ADDRESS = '#455a64';

const cache = new Map();

/** One shared Style per (geometry kind, colour, size): vector tiles draw many features. */
function styleFor(geometryType, colour, size) {
  const line = geometryType.includes('LineString');
  const key = `${line ? 'l' : 'p'}|${colour}|${size}`;
  let style = cache.get(key);
  if (!style) {
    style = line
      ? new Style({ stroke: new Stroke({ color: colour, width: 2, lineCap: 'round', lineJoin: 'round' }) })
      : new Style({
          image: new CircleStyle({
            radius: size / 2,
            fill: new Fill({ color: colour }),
            stroke: new Stroke({ color: '#ffffff', width: 0.5 }),
          }),
        });
    cache.set(key, style);
  }
  return style;
}

/**
 * The style function of a catalog layer drawn as vector tiles.
 * @param {{kind: string}} layer catalog entry from /api/layers
 * @return {import('ol/style/Style.js').StyleFunction}
 */
export function vectorStyle(layer) {
  switch (layer.kind) {
    case 'PIPELINE':
      return (f) => styleFor(f.getGeometry().getType(), CJJ61[f.get('category')] ?? CJJ61_OTHER, 6);
    case 'CITY_PART':
      return (f) => styleFor(f.getGeometry().getType(), PART_CLASSES[f.get('major_code')] ?? GREY, 6);
    case 'ADDRESS':
      return (f) => styleFor(f.getGeometry().getType(), ADDRESS, 3);
    default:
      return (f) => styleFor(f.getGeometry().getType(), '#3f51b5', 6);
  }
}

/** Kinds dense enough that vector tiles beat one image per view. */
export const VECTOR_KINDS = new Set(['PIPELINE', 'CITY_PART', 'ADDRESS']);
