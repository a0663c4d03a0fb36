/**
 * Mounts the servlet-free OGC services of {@code ogc-services} at {@code /ows} (every service, KVP
 * and POST), {@code /wfs} and {@code /ogcapi}, with the portal's callers and layer access levels as
 * their access policy.
 */
package cn.onemap.portal.ogc;
