import TileLayer from 'ol/layer/Tile.js';
import WMTS from 'ol/source/WMTS.js';

/**
 * The external WMTS base maps the administrator configured (/api/basemaps), added to the base-map
 * switch. Each draws only in the grid its matrix set matches (Tianditu's c or w = ours); in the
 * other grid the switch falls back to 矢量. Its tiles come straight from the provider's hosts, which
 * the page's Content-Security-Policy allows (and nothing else).
 */
export default function create(ctx) {
  ctx.api
    .call('/api/basemaps')
    .then((bases) => {
      for (const base of bases) {
        ctx.addBaseMap({ id: base.id, title: base.title, createLayer: (o) => layer(base, o) });
      }
    })
    .catch((e) => console.warn('external base maps', e));
  return { element: document.createElement('div') };
}

function layer(base, { grid, grids, projection, track }) {
  if (base.grid !== grid) return null;
  const source = new WMTS({
    url: base.url,
    requestEncoding: 'REST',
    layer: base.id,
    style: 'default',
    matrixSet: grids.raster.id,
    format: 'image/png',
    projection,
    tileGrid: grids.raster.tileGrid,
    // The tiles are drawn into a canvas other tools read (print, tests): ask for CORS.
    crossOrigin: 'anonymous',
    wrapX: false,
  });
  source.on('tileloadstart', () => track.start(base.id));
  source.on('tileloadend', () => track.end(base.id, true));
  source.on('tileloaderror', () => track.end(base.id, false));
  return new TileLayer({ source, preload: 2 });
}
