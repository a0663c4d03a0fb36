import proj4 from 'proj4';
import {
  addCoordinateTransforms,
  addProjection,
  createSafeCoordinateTransform,
  get as getProjection,
} from 'ol/proj.js';
import Projection from 'ol/proj/Projection.js';

/** The systems the page draws in or converts to; each defined one gets transforms to the others. */
const PAGE_CODES = ['EPSG:4326', 'EPSG:3857'];

/**
 * Defines `code` from a proj4 definition for OpenLayers, with transforms to and from the systems
 * defined before it. Not ol/proj/proj4's register(): that pairs every one of proj4's ~130 built-in
 * definitions with every other, some 17,000 transformers built at start-up for two systems.
 */
export function defineProjection(code, definition, extent) {
  proj4.defs(code, definition);
  const def = proj4.defs(code);
  const projection = new Projection({
    code,
    units: def.units ?? (def.projName === 'longlat' ? 'degrees' : undefined),
    metersPerUnit: def.to_meter,
    axisOrientation: def.axis,
    extent,
  });
  addProjection(projection);
  for (const otherCode of PAGE_CODES) {
    const other = getProjection(otherCode);
    const converter = proj4(code, otherCode);
    addCoordinateTransforms(
      projection,
      other,
      createSafeCoordinateTransform(projection, other, converter.forward),
      createSafeCoordinateTransform(other, projection, converter.inverse),
    );
  }
  PAGE_CODES.push(code);
  return projection;
}

/**
 * CGCS2000 geographic (EPSG:4490), the one storage CRS of the platform. Degrees, longitude first in
 * OpenLayers (as in our API and GeoJSON).
 */
export const CGCS2000 = defineProjection('EPSG:4490', '+proj=longlat +ellps=GRS80 +no_defs +type=crs', [73, 3, 136, 54]);

/**
 * EPSG:4490 as WMS 1.3.0 sources see it: the same system (same code, so OpenLayers does not
 * reproject) with EPSG's latitude-first axis order, so ImageWMS writes BBOX as lat,lon as the
 * server expects. The registered proj4 projection above is 'enu' and would send lon,lat.
 */
export const CGCS2000_WMS = new Projection({
  code: 'EPSG:4490',
  units: 'degrees',
  axisOrientation: 'neu',
  extent: [73, 3, 136, 54],
  global: false,
});
