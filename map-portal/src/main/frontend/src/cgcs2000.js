import proj4 from 'proj4';
import { register } from 'ol/proj/proj4.js';
import { get as getProjection } from 'ol/proj.js';

/**
 * CGCS2000 geographic (EPSG:4490), the one storage CRS of the platform. Degrees, longitude first in
 * OpenLayers (as in our API and GeoJSON).
 */
proj4.defs('EPSG:4490', '+proj=longlat +ellps=GRS80 +no_defs +type=crs');
register(proj4);

export const CGCS2000 = getProjection('EPSG:4490');
CGCS2000.setExtent([73, 3, 136, 54]);
