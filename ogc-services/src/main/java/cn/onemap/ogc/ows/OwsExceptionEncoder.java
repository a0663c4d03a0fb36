package cn.onemap.ogc.ows;

import cn.onemap.ogc.http.OgcResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an OWS ExceptionReport: OWS 1.1 ({@code http://www.opengis.net/ows/1.1}, WFS 2.0) or OWS
 * 1.0 ({@code http://www.opengis.net/ows}, WFS 1.1). WFS 1.1 clients expect 400 for every client
 * error, so the HTTP status of the OWS 1.0 report is capped at 400 unless it is a server error.
 */
public final class OwsExceptionEncoder implements ExceptionEncoder {
  private final String ows11Versions;
  private final String reportVersion;

  /**
   * @param ows11Prefix versions starting with this use OWS 1.1 (e.g. "2."), others OWS 1.0
   */
  public OwsExceptionEncoder(String ows11Prefix) {
    this(ows11Prefix, "2.0.0");
  }

  /**
   * @param reportVersion the {@code version} attribute of an OWS 1.1 report: the service's version
   *     (WMTS 1.0.0 writes "1.0.0", as its examples do)
   */
  public OwsExceptionEncoder(String ows11Prefix, String reportVersion) {
    this.ows11Versions = ows11Prefix;
    this.reportVersion = reportVersion;
  }

  @Override
  public OgcResponse encode(ServiceException e, String version) {
    boolean ows11 = version.startsWith(ows11Versions);
    String ns = ows11 ? "http://www.opengis.net/ows/1.1" : "http://www.opengis.net/ows";
    int status = ows11 || e.status() >= 500 ? e.status() : 400;
    return new OgcResponse(
        status,
        "application/xml; charset=UTF-8",
        java.util.Map.of(),
        out -> {
          try {
            XMLStreamWriter w =
                XMLOutputFactory.newFactory()
                    .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("ows", "ExceptionReport", ns);
            w.writeNamespace("ows", ns);
            w.writeAttribute("version", ows11 ? reportVersion : "1.0.0");
            w.writeAttribute("xml:lang", "zh-CN");
            w.writeStartElement("ows", "Exception", ns);
            w.writeAttribute("exceptionCode", e.code());
            if (e.locator().isPresent()) {
              w.writeAttribute("locator", e.locator().get());
            }
            w.writeStartElement("ows", "ExceptionText", ns);
            w.writeCharacters(String.valueOf(e.getMessage()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
          } catch (XMLStreamException x) {
            throw new java.io.IOException(x);
          }
        });
  }
}
