import ImageLayer from 'ol/layer/Image.js';
import ImageWMS from 'ol/source/ImageWMS.js';

/**
 * A catalog layer drawn by our WMS in a thematic style (STYLES=thematic-…), one image per view:
 * a heat map is normalised over the whole view, so tiles would show seams. WMS 1.1.1 keeps x =
 * longitude whatever the CRS's EPSG axis order. Loads are reported to `track` like tiles, so the
 * status line and the browser tests know when it is drawn.
 * @param {object} layer catalog entry
 * @param {string} styleId the style name the server made
 * @param {{raster: {projection: any}}} grids the shell's grids
 * @param {object} options the shell's layer options (visible, opacity, zIndex, properties, time, track)
 */
export function thematicLayer(layer, styleId, grids, { track, time, ...options }) {
  const params = { LAYERS: layer.id, STYLES: styleId, VERSION: '1.1.1', FORMAT: 'image/png', TRANSPARENT: true };
  if (time) params.TIME = time;
  const source = new ImageWMS({
    url: '/wms',
    params,
    projection: grids.raster.projection,
    ratio: 1,
    crossOrigin: 'anonymous',
  });
  source.on('imageloadstart', () => track.start(layer.id));
  source.on('imageloadend', () => track.end(layer.id, true));
  source.on('imageloaderror', () => track.end(layer.id, false));
  return new ImageLayer({ source, className: 'ol-layer thematic-layer', ...options });
}

/**
 * GetLegendGraphic of a thematic style (a wider swatch for a heat map's ramp), its classes those
 * of the map's date when one is set.
 */
export function thematicLegendUrl(layerId, styleId, heat, asOf = null) {
  const params = new URLSearchParams({
    SERVICE: 'WMS',
    VERSION: '1.3.0',
    REQUEST: 'GetLegendGraphic',
    FORMAT: 'image/png',
    LAYER: layerId,
    STYLE: styleId,
  });
  if (heat) params.set('WIDTH', '60');
  if (asOf) params.set('TIME', asOf);
  return `/wms?${params}`;
}
