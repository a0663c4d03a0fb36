package cn.onemap.ogc.ows;

import cn.onemap.core.GisException;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamReader;

/**
 * Entry point of the OWS endpoint (e.g. {@code /ows}): finds the service, operation and version of
 * a KVP GET (SERVICE, REQUEST, VERSION / ACCEPTVERSIONS) or of an XML POST (root element name and
 * its {@code service} / {@code version} attributes) and hands the call to the service's {@link
 * OperationHandler}. Errors become the service's exception report; gis-core errors are mapped by
 * {@link GisErrors}. Thread-safe.
 */
public final class OwsDispatcher {
  /** Default limit of an XML POST body (a large WFS-T insert is a few megabytes). */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

  private static final String SLD_NS = "http://www.opengis.net/sld";

  private final Map<String, ServiceDescriptor> services =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final long maxBodyBytes;

  public OwsDispatcher(List<ServiceDescriptor> services, long maxBodyBytes) {
    services.forEach(s -> this.services.put(s.name(), s));
    this.maxBodyBytes = maxBodyBytes;
  }

  public OwsDispatcher(List<ServiceDescriptor> services) {
    this(services, DEFAULT_MAX_BODY_BYTES);
  }

  /** Handles one request; never throws for a bad request (the error is in the response). */
  public OgcResponse handle(OgcRequest request, AccessPolicy policy) {
    ServiceDescriptor fallback = services.values().iterator().next();
    // A mount that implies the service (/wms adds SERVICE=WMS) picks the error format even when
    // the body cannot be parsed.
    ServiceDescriptor service =
        request.param("SERVICE").map(services::get).filter(s -> s != null).orElse(fallback);
    String version = service.newestVersion();
    try {
      Optional<byte[]> body = Optional.empty();
      String serviceName;
      String operation;
      String requestedVersion;
      boolean kvp = !("POST".equals(request.method()) && request.body().isPresent());
      if ("POST".equals(request.method()) && request.body().isPresent()) {
        byte[] xml = SafeXml.readBounded(request.body().get(), maxBodyBytes);
        body = Optional.of(xml);
        XMLStreamReader root = SafeXml.open(xml);
        operation = root.getLocalName();
        serviceName = attr(root, "service").orElse(request.param("SERVICE").orElse(null));
        // An SLD-encoded request (WMS GetMap POST) carries the SLD encoding's version, not the
        // service's.
        requestedVersion =
            SLD_NS.equals(root.getNamespaceURI()) ? null : attr(root, "version").orElse(null);
      } else {
        serviceName = request.param("SERVICE").orElse(null);
        operation = request.param("REQUEST").orElseThrow(() -> ServiceException.missing("request"));
        requestedVersion = request.param("VERSION").orElse(null);
      }
      if (serviceName == null) {
        // SERVICE may be omitted (WMS 1.1.1 GetMap has none): an operation only one service
        // offers (GetMap, GetFeature) names it.
        String op = operation;
        List<ServiceDescriptor> offering =
            services.values().stream().filter(s -> s.operation(op).isPresent()).toList();
        if (services.size() == 1) {
          service = fallback;
        } else if (offering.size() == 1) {
          service = offering.get(0);
        } else {
          throw ServiceException.missing("service");
        }
      } else {
        // Keep the fallback until the name is known to be offered: the catch blocks encode with
        // `service`, and an unknown SERVICE (WMTS, FOO) must still get an exception report.
        ServiceDescriptor named = services.get(serviceName);
        if (named == null) {
          throw ServiceException.invalid(
              "service", "unknown service '" + serviceName + "'; offered: " + services.keySet());
        }
        service = named;
      }
      version = negotiate(service, operation, requestedVersion, kvp, request);
      ServiceDescriptor s = service;
      OperationHandler handler =
          s.operation(operation)
              .orElseThrow(
                  () ->
                      new ServiceException(
                          ServiceException.OPERATION_NOT_SUPPORTED,
                          "request",
                          "operation '" + operation + "' is not supported by " + s.name()));
      return handler.handle(new OwsCall(request, policy, version, body));
    } catch (ServiceException e) {
      OgcResponse report = service.exceptions().encode(e, version);
      return e.retryAfterSeconds()
          .map(s -> report.withHeader("Retry-After", String.valueOf(s)))
          .orElse(report);
    } catch (GisException e) {
      return service.exceptions().encode(GisErrors.toServiceException(e), version);
    }
  }

  private static String negotiate(
      ServiceDescriptor service,
      String operation,
      String requested,
      boolean kvp,
      OgcRequest request) {
    boolean capabilities = operation.equalsIgnoreCase("GetCapabilities");
    if (capabilities) {
      Optional<String> accept = request.param("ACCEPTVERSIONS");
      if (accept.isPresent()) {
        for (String v : accept.get().split(",")) {
          if (service.versions().contains(v.strip())) {
            return v.strip();
          }
        }
        throw new ServiceException(
            ServiceException.VERSION_NEGOTIATION_FAILED,
            "AcceptVersions",
            "none of " + accept.get() + " is supported; offered: " + service.versions());
      }
      // A GetCapabilities with an unknown version gets the newest (OWS Common version rules).
      return requested != null && service.versions().contains(requested)
          ? requested
          : service.newestVersion();
    }
    if (requested == null) {
      // An XML POST names its version in the body's encoding (SLD for a WMS GetMap).
      if (kvp && service.versionRequired(operation)) {
        throw ServiceException.missing("version");
      }
      return service.newestVersion();
    }
    if (requested.equals("2.0")) {
      requested = "2.0.0";
    }
    if (!service.accepts(operation, requested)) {
      throw ServiceException.invalid(
          "version",
          "version "
              + requested.toLowerCase(Locale.ROOT)
              + " is not supported; offered: "
              + service.versions());
    }
    return requested;
  }

  private static Optional<String> attr(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
