import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { asArray } from 'ol/color.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';

/** Sketch kinds: point, line, polygon and text label (a point drawn as its text). */
export const KINDS = ['point', 'line', 'polygon', 'text'];
export const DEFAULT_COLOUR = '#1c64b4';
const FONT = '600 15px "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif';
const KEY_PREFIX = 'onemap.sketches.v1.';

const styles = new Map();
function styleOf(feature) {
  const colour = feature.get('colour') ?? DEFAULT_COLOUR;
  const kind = feature.get('kind');
  const name = feature.get('text') ?? '';
  const key = `${kind}|${colour}|${name}`;
  if (!styles.has(key)) {
    const [r, g, b] = asArray(colour);
    styles.set(
      key,
      kind === 'text'
        ? new Style({
            text: new Text({ text: feature.get('text') ?? '', font: FONT, fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#fff', width: 4 }), overflow: true }),
          })
        : new Style({
            stroke: new Stroke({ color: colour, width: 3 }),
            fill: new Fill({ color: `rgba(${r},${g},${b},0.22)` }),
            image: new Circle({ radius: 7, fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
            // A named point, line or polygon shows its name beside it, along it or inside it.
            text: name
              ? new Text({ text: name, font: FONT, fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#fff', width: 4 }), offsetY: kind === 'point' ? -16 : 0, placement: kind === 'line' ? 'line' : 'point', overflow: true })
              : undefined,
          }),
    );
  }
  return styles.get(key);
}

/**
 * The user's sketches (标绘): one vector layer above the catalog layers, kept in localStorage per
 * user as a GeoJSON FeatureCollection in CGCS2000 lon/lat (properties kind, colour, text), redrawn
 * in the view's CRS; a text label is drawn as its text, a named shape with its name. One store per
 * page, shared by the startup entry (which shows saved sketches after a reload) and the sketch tool.
 */
class SketchStore {
  constructor(ctx) {
    this.ctx = ctx;
    this.format = new GeoJSON();
    this.source = new VectorSource();
    this.layer = new VectorLayer({ source: this.source, style: styleOf, zIndex: 55, className: 'sketch-layer', properties: { layerId: 'sketches' } });
    this.listeners = new Set();
    this.user = null;
    ctx.map.addLayer(this.layer);
    ctx.on('me', () => this.load());
    ctx.on('view-projection', ({ from, to }) => {
      const collection = this.format.writeFeaturesObject(this.source.getFeatures(), { dataProjection: 'EPSG:4490', featureProjection: from });
      this.source.clear();
      this.source.addFeatures(this.format.readFeatures(collection, { dataProjection: 'EPSG:4490', featureProjection: to }));
      this.fire();
    });
    this.load();
  }

  key() {
    const me = this.ctx.me();
    return KEY_PREFIX + (me?.authenticated ? me.username : 'anonymous');
  }

  /**
   * Loads the signed-in user's sketches (or the anonymous ones). Sketches drawn before signing in
   * on this browser are the signing-in user's: they move into that user's sketches.
   */
  load() {
    const key = this.key();
    if (key === this.user) return;
    const anonymous = KEY_PREFIX + 'anonymous';
    const adopt = key !== anonymous ? this.read(anonymous) : [];
    this.user = key;
    this.source.clear();
    this.source.addFeatures(this.read(key));
    if (adopt.length > 0) {
      const taken = new Set(this.source.getFeatures().map((f) => f.getId()));
      for (const f of adopt) {
        if (taken.has(f.getId())) f.setId(`${f.getId()}a`);
        this.source.addFeature(f);
      }
      this.save();
      localStorage.removeItem(anonymous);
    }
    this.fire();
  }

  /** The sketches saved under a key, as features in the view's CRS (none when unreadable). */
  read(key) {
    try {
      const saved = JSON.parse(localStorage.getItem(key) ?? 'null');
      if (saved?.type === 'FeatureCollection') {
        return this.format.readFeatures(saved, { dataProjection: 'EPSG:4490', featureProjection: this.ctx.viewProjection() });
      }
    } catch (e) {
      console.warn('sketches not readable', e);
    }
    return [];
  }

  /** The sketches as GeoJSON in CGCS2000 lon/lat. */
  toGeoJson() {
    const collection = this.format.writeFeaturesObject(this.features(), { dataProjection: 'EPSG:4490', featureProjection: this.ctx.viewProjection(), decimals: 8 });
    return { ...collection, name: 'sketches', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } } };
  }

  save() {
    const collection = this.format.writeFeaturesObject(this.features(), { dataProjection: 'EPSG:4490', featureProjection: this.ctx.viewProjection(), decimals: 8 });
    localStorage.setItem(this.key(), JSON.stringify(collection));
    this.fire();
  }

  features() {
    return this.source.getFeatures().sort((a, b) => String(a.getId()).localeCompare(String(b.getId())));
  }

  add(feature) {
    feature.setId(`s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`);
    this.source.addFeature(feature);
    this.save();
  }

  remove(feature) {
    this.source.removeFeature(feature);
    this.save();
  }

  clear() {
    this.source.clear();
    this.save();
  }

  onChange(fn) {
    this.listeners.add(fn);
  }

  fire() {
    for (const fn of this.listeners) fn();
  }
}

let store = null;
/** The page's one sketch store. */
export function sketchStore(ctx) {
  store ??= new SketchStore(ctx);
  return store;
}
