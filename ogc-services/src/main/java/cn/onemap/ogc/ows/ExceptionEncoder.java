package cn.onemap.ogc.ows;

import cn.onemap.ogc.http.OgcResponse;

/** Writes a {@link ServiceException} in a service's own format for the requested version. */
@FunctionalInterface
public interface ExceptionEncoder {
  OgcResponse encode(ServiceException e, String version);
}
