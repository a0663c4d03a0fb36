package cn.onemap.ogc.wmts;

import cn.onemap.ogc.ows.XmlOut;
import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes WMTS elements unprefixed in the default namespace {@code http://www.opengis.net/wmts/1.0}
 * and OWS 1.1 elements as {@code ows:}, with {@code xlink:} bound on the root (clients that compare
 * tag names expect exactly these prefixes, as in the specification's examples).
 */
final class CapsWriter {
  static final String WMTS = "http://www.opengis.net/wmts/1.0";
  static final String OWS = "http://www.opengis.net/ows/1.1";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String GML = "http://www.opengis.net/gml";
  static final String SCHEMA_LOCATION =
      WMTS + " http://schemas.opengis.net/wmts/1.0/wmtsGetCapabilities_response.xsd";

  private final XMLStreamWriter w;

  private CapsWriter(XMLStreamWriter w) {
    this.w = w;
  }

  static CapsWriter open(OutputStream out) throws IOException {
    XMLStreamWriter w = XmlOut.open(out).stax();
    try {
      w.setDefaultNamespace(WMTS);
      w.setPrefix("ows", OWS);
      w.setPrefix("xlink", XLINK);
      w.setPrefix("xsi", XSI);
      w.setPrefix("gml", GML);
      w.writeStartElement(WMTS, "Capabilities");
      w.writeDefaultNamespace(WMTS);
      w.writeNamespace("ows", OWS);
      w.writeNamespace("xlink", XLINK);
      w.writeNamespace("xsi", XSI);
      w.writeNamespace("gml", GML);
      w.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION);
      w.writeAttribute("version", "1.0.0");
      return new CapsWriter(w);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** A WMTS element. */
  CapsWriter start(String local) throws IOException {
    try {
      w.writeStartElement(WMTS, local);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An OWS 1.1 element. */
  CapsWriter ows(String local) throws IOException {
    try {
      w.writeStartElement(OWS, local);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsWriter attr(String name, String value) throws IOException {
    try {
      w.writeAttribute(name, value);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsWriter href(String url) throws IOException {
    try {
      w.writeAttribute("xlink", XLINK, "href", url);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsWriter text(String text) throws IOException {
    try {
      w.writeCharacters(text);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsWriter end() throws IOException {
    try {
      w.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  CapsWriter el(String local, String text) throws IOException {
    return start(local).text(text).end();
  }

  CapsWriter owsEl(String local, String text) throws IOException {
    return ows(local).text(text).end();
  }

  void finish() throws IOException {
    try {
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
