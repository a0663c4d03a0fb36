package cn.onemap.ogc.wms;

import cn.onemap.ogc.ows.XmlOut;
import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes unprefixed WMS elements: in the default namespace {@code http://www.opengis.net/wms}
 * (1.3.0) or in no namespace (1.1.1), with {@code xlink:} bound on the root. Clients such as QGIS
 * compare tag names, so the WMS elements must not carry a prefix.
 */
final class CapsXml {
  static final String WMS = "http://www.opengis.net/wms";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String SLD = "http://www.opengis.net/sld";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /**
   * Where validators find the schemas of a 1.3.0 document: WMS itself and SLD 1.1's capabilities
   * extension, which declares {@code sld:GetLegendGraphic}.
   */
  static final String SCHEMA_LOCATION_130 =
      WMS
          + " http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd "
          + SLD
          + " http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd";

  private final XMLStreamWriter w;
  private final String ns;

  private CapsXml(XMLStreamWriter w, String ns) {
    this.w = w;
    this.ns = ns;
  }

  /** Opens the document with its root element; {@code v13} selects the namespace. */
  static CapsXml open(OutputStream out, String root, boolean v13) throws IOException {
    XMLStreamWriter w = XmlOut.open(out).stax();
    try {
      CapsXml x = new CapsXml(w, v13 ? WMS : null);
      if (v13) {
        w.setDefaultNamespace(WMS);
        w.setPrefix("sld", SLD);
      }
      w.setPrefix("xlink", XLINK);
      if (v13) {
        w.setPrefix("xsi", XSI);
      }
      x.start(root);
      if (v13) {
        w.writeDefaultNamespace(WMS);
        w.writeNamespace("sld", SLD);
        w.writeNamespace("xsi", XSI);
        w.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION_130);
      }
      w.writeNamespace("xlink", XLINK);
      return x;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsXml start(String local) throws IOException {
    try {
      if (ns == null) {
        w.writeStartElement(local);
      } else {
        w.writeStartElement(ns, local);
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An element in the SLD namespace (1.3.0 extended operations such as GetLegendGraphic). */
  CapsXml startSld(String local) throws IOException {
    try {
      w.writeStartElement(SLD, local);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsXml attr(String name, String value) throws IOException {
    try {
      w.writeAttribute(name, value);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** {@code xlink:type="simple" xlink:href="…"}. */
  CapsXml href(String url) throws IOException {
    try {
      w.writeAttribute("xlink", XLINK, "type", "simple");
      w.writeAttribute("xlink", XLINK, "href", url);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsXml text(String text) throws IOException {
    try {
      w.writeCharacters(text);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsXml end() throws IOException {
    try {
      w.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsXml el(String local, String text) throws IOException {
    return start(local).text(text).end();
  }

  /** {@code <local xlink:href="url"/>} (OnlineResource). */
  CapsXml link(String local, String url) throws IOException {
    return start(local).href(url).end();
  }

  void finish() throws IOException {
    try {
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
