/**
 * A tiny HTTP abstraction between the portal (which owns the web framework) and the OGC services:
 * {@link cn.onemap.ogc.http.OgcRequest} in, {@link cn.onemap.ogc.http.OgcResponse} out, and the
 * caller's {@link cn.onemap.ogc.http.AccessPolicy}. No Servlet or Spring type appears here, so the
 * protocol logic runs unchanged under the portal, a JDK HttpServer or a unit test.
 */
package cn.onemap.ogc.http;
