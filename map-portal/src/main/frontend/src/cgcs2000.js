import proj4 from 'proj4';
import { register } from 'ol/proj/proj4.js';
import { get as getProjection } from 'ol/proj.js';
import Projection from 'ol/proj/Projection.js';

/**
 * CGCS2000 geographic (EPSG:4490), the one storage CRS of the platform. Degrees, longitude first in
 * OpenLayers (as in our API and GeoJSON).
 */
proj4.defs('EPSG:4490', '+proj=longlat +ellps=GRS80 +no_defs +type=crs');
register(proj4);

export const CGCS2000 = getProjection('EPSG:4490');
CGCS2000.setExtent([73, 3, 136, 54]);

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
