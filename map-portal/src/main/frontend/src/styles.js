import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';

/** Colours per CJJ 61 pipeline category (给水 cyan, 排水 brown, 燃气 magenta, 电力 red, 通信 green, 热力 orange). */
const PIPELINE_COLOURS = [
  [/water|js|给水|supply/i, '#00a0c8'],
  [/drain|sewer|rain|ps|排水|雨水|污水/i, '#8b5a2b'],
  [/gas|rq|燃气/i, '#d000d0'],
  [/power|dl|电力/i, '#e00000'],
  [/tele|tx|通信/i, '#00a000'],
  [/heat|rl|热力/i, '#ff8c00'],
];

const BY_KIND = {
  BASE: '#5b6b7a',
  CITY_PART: '#b8860b',
  UNIT_GRID: '#7a52a3',
  ADDRESS: '#2f6fdd',
  EVENT: '#d9480f',
  THEMATIC: '#2b8a3e',
  ANALYSIS: '#c2255c',
};

function colourFor(layer) {
  if (layer.kind === 'PIPELINE') {
    const key = `${layer.id} ${layer.title}`;
    const match = PIPELINE_COLOURS.find(([pattern]) => pattern.test(key));
    return match ? match[1] : '#444444';
  }
  if (/water|river|水系|河/i.test(`${layer.id} ${layer.title}`)) return '#3a8fd6';
  if (/road|道路/i.test(`${layer.id} ${layer.title}`)) return '#a0a0a0';
  return BY_KIND[layer.kind] ?? '#333333';
}

/** A style function for a layer of the catalog: points as dots, lines as strokes, polygons filled. */
export function styleFor(layer) {
  const colour = colourFor(layer);
  const outlineOnly = layer.kind === 'UNIT_GRID' || layer.kind === 'BASE' && /admin|district|town|community|区|街道|社区/i.test(`${layer.id} ${layer.title}`);
  const stroke = new Stroke({ color: colour, width: layer.kind === 'PIPELINE' ? 2 : 1.2 });
  const fill = new Fill({ color: outlineOnly ? 'rgba(0,0,0,0)' : `${colour}55` });
  const point = new Style({
    image: new Circle({ radius: 3.5, fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#fff', width: 1 }) }),
  });
  const other = new Style({ stroke, fill });
  return (feature) => (feature.getGeometry().getType().endsWith('Point') ? point : other);
}

export const highlight = new Style({
  stroke: new Stroke({ color: '#ffd43b', width: 4 }),
  fill: new Fill({ color: 'rgba(255, 212, 59, 0.35)' }),
  image: new Circle({ radius: 7, fill: new Fill({ color: '#ffd43b' }), stroke: new Stroke({ color: '#333', width: 1 }) }),
  text: new Text({}),
});
