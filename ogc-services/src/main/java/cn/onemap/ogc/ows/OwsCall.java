package cn.onemap.ogc.ows;

import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import java.util.Optional;

/**
 * A request after dispatch.
 *
 * @param request the HTTP request (KVP parameters for GET)
 * @param policy what the caller may read and edit
 * @param version the negotiated version, one of the service's
 * @param xmlBody the POST body (already size-checked), empty for KVP requests
 */
public record OwsCall(
    OgcRequest request, AccessPolicy policy, String version, Optional<byte[]> xmlBody) {

  public boolean isPost() {
    return xmlBody.isPresent();
  }
}
