import TileLayer from 'ol/layer/Tile.js';
import VectorTileLayer from 'ol/layer/VectorTile.js';
import WMTS from 'ol/source/WMTS.js';
import VectorTileSource from 'ol/source/VectorTile.js';
import MVT from 'ol/format/MVT.js';

/** A tile URL with its `time=` parameter set to `date` (or removed for now, null). */
export function withTime(url, date) {
  if (!url) return url;
  const [path, query = ''] = url.split('?');
  const params = query.split('&').filter((p) => p && !p.startsWith('time='));
  if (date) params.push(`time=${encodeURIComponent(date)}`);
  return params.length > 0 ? `${path}?${params.join('&')}` : path;
}

/**
 * A copy of one of the shell's tile layers (WMTS raster or MVT vector tiles) drawing the same
 * tiles as of `date`, or null for a layer of another kind.
 * @param {import('ol/layer/Base.js').default} layer
 * @param {string|null} date
 * @param {object} options layer options (zIndex, className, properties)
 */
export function timeTwin(layer, date, options) {
  const source = layer.getSource?.();
  const common = { opacity: layer.getOpacity(), visible: true, ...options };
  if (source instanceof WMTS) {
    const twin = new WMTS({
      url: withTime(source.getUrls()[0], date),
      requestEncoding: 'REST',
      layer: source.getLayer(),
      style: source.getStyle(),
      matrixSet: source.getMatrixSet(),
      format: source.getFormat(),
      projection: source.getProjection(),
      tileGrid: source.getTileGrid(),
      wrapX: false,
    });
    return new TileLayer({ source: twin, preload: 2, ...common });
  }
  if (source instanceof VectorTileSource) {
    const urlOf = source.getTileUrlFunction();
    const twin = new VectorTileSource({
      format: new MVT(),
      projection: source.getProjection(),
      tileGrid: source.getTileGrid(),
      tileUrlFunction: (tileCoord, ratio, projection) => withTime(urlOf(tileCoord, ratio, projection), date),
      wrapX: false,
    });
    return new VectorTileLayer({ source: twin, style: layer.getStyle(), declutter: false, renderMode: 'hybrid', ...common });
  }
  return null;
}
