package cn.onemap.ogc.ows;

import cn.onemap.ogc.http.OgcResponse;

/** One operation of one service (e.g. WFS GetFeature), for every version the service speaks. */
@FunctionalInterface
public interface OperationHandler {
  /**
   * Handles a dispatched call. Throws {@link ServiceException} (or a gis-core {@code GisException})
   * for bad requests; the dispatcher encodes them.
   */
  OgcResponse handle(OwsCall call);
}
