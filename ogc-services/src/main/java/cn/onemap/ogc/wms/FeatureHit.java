package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;

/**
 * A feature found by GetFeatureInfo.
 *
 * @param layer its layer
 * @param feature the feature (geometry in CGCS2000)
 * @param distance distance from the clicked point in map units (0 when the point is inside)
 */
record FeatureHit(LayerDefinition layer, Feature feature, double distance) {}
