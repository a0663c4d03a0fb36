package cn.onemap.ogc.wms;

import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.ExceptionEncoder;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.ows.XmlOut;
import java.io.IOException;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a WMS ServiceExceptionReport: 1.3.0 in {@code http://www.opengis.net/ogc} as {@code
 * text/xml}, 1.1.1 without namespace as {@code application/vnd.ogc.se_xml}. The HTTP status is the
 * exception's (400 for client errors, 500/503 for server ones): WMS itself says nothing about it,
 * and GDAL, OWSLib and OpenLayers read the report from any status.
 */
final class WmsExceptionEncoder implements ExceptionEncoder {
  static final String OGC = "http://www.opengis.net/ogc";
  static final String SE_XML_111 = "application/vnd.ogc.se_xml";

  @Override
  public OgcResponse encode(ServiceException e, String version) {
    boolean v13 = WmsCrs.isV13(version);
    String type = v13 ? "text/xml; charset=UTF-8" : SE_XML_111 + "; charset=UTF-8";
    return new OgcResponse(
        e.status(),
        type,
        Map.of(),
        out -> {
          XMLStreamWriter w = XmlOut.open(out).stax();
          try {
            if (v13) {
              w.setDefaultNamespace(OGC);
              w.writeStartElement(OGC, "ServiceExceptionReport");
              w.writeDefaultNamespace(OGC);
            } else {
              w.writeStartElement("ServiceExceptionReport");
            }
            w.writeAttribute("version", v13 ? "1.3.0" : "1.1.1");
            if (v13) {
              w.writeStartElement(OGC, "ServiceException");
            } else {
              w.writeStartElement("ServiceException");
            }
            if (!e.code().equals(ServiceException.NO_APPLICABLE_CODE)) {
              w.writeAttribute("code", e.code());
            }
            if (e.locator().isPresent()) {
              w.writeAttribute("locator", e.locator().get());
            }
            w.writeCharacters(String.valueOf(e.getMessage()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
          } catch (XMLStreamException x) {
            throw new IOException(x);
          }
        });
  }
}
