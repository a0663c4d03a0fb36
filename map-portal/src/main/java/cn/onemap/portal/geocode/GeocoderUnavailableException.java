package cn.onemap.portal.geocode;

import cn.onemap.core.GisException;
import java.util.Map;

/** No address engine is loaded (still starting, or the address layers are missing): HTTP 503. */
class GeocoderUnavailableException extends GisException {
  GeocoderUnavailableException(String reason) {
    super("GEOCODER_UNAVAILABLE", reason, Map.of(), null);
  }
}
