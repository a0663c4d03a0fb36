package cn.onemap.ogc.ows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hardened XML input. DTDs and external entities are disabled in the factory and a DOCTYPE is
 * refused outright (XXE, billion laughs); bodies are read up to a size limit first, so a slow or
 * huge upload cannot tie up memory; elements may nest at most {@link #MAX_DEPTH} deep, so no
 * recursive reader (FES {@code Not}/{@code And}, GML collections) can overflow the stack.
 */
public final class SafeXml {
  /** Deepest element nesting accepted, as the SLD parser's; a GML polygon in a WFS-T is ~10. */
  public static final int MAX_DEPTH = 64;

  private static final XMLInputFactory FACTORY = newFactory();
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SafeXml.class);

  private SafeXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Reads at most {@code maxBytes}; a larger body is refused with HTTP 413. */
  public static byte[] readBounded(InputStream in, long maxBytes) {
    try (in) {
      var out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new ServiceException(
              ServiceException.OPERATION_PROCESSING_FAILED,
              null,
              413,
              "request body exceeds the limit of " + maxBytes + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw ServiceException.parsing(null, "cannot read the request body: " + e.getMessage());
    }
  }

  /**
   * A reader positioned on the root start element. A DOCTYPE anywhere before it is refused with
   * OperationParsingFailed.
   */
  public static XMLStreamReader open(byte[] xml) {
    try {
      XMLStreamReader r =
          new DepthLimited(FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml)));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw ServiceException.parsing(null, "DTDs and entity declarations are not accepted");
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          return r;
        }
      }
      throw ServiceException.parsing(null, "the request body holds no XML element");
    } catch (XMLStreamException e) {
      throw ServiceException.parsing(null, "malformed XML: " + e.getMessage());
    }
  }

  /** Skips to the next start element or the end of the current parent; returns the event. */
  public static int nextTag(XMLStreamReader r) {
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT) {
          return ev;
        }
        if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
          throw ServiceException.parsing(null, "entity references are not accepted");
        }
      }
      return XMLStreamConstants.END_DOCUMENT;
    } catch (XMLStreamException e) {
      throw ServiceException.parsing(null, "malformed XML: " + e.getMessage());
    }
  }

  /** The text content of the current element (no child elements allowed), trimmed. */
  public static String text(XMLStreamReader r) {
    try {
      var sb = new StringBuilder();
      while (true) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              sb.append(r.getText());
          case XMLStreamConstants.END_ELEMENT -> {
            return sb.toString().strip();
          }
          case XMLStreamConstants.START_ELEMENT ->
              throw ServiceException.parsing(
                  r.getLocalName(),
                  "unexpected element <" + r.getLocalName() + "> in a text value");
          case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
              throw ServiceException.parsing(null, "entity references are not accepted");
          default -> {}
        }
      }
    } catch (XMLStreamException e) {
      throw ServiceException.parsing(null, "malformed XML: " + e.getMessage());
    }
  }

  /** Skips the current element and its content; the reader ends on its end tag. */
  public static void skip(XMLStreamReader r) {
    int depth = 1;
    while (depth > 0) {
      int ev = nextTag(r);
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else {
        throw ServiceException.parsing(null, "unexpected end of the XML document");
      }
    }
  }

  /**
   * Copies the current element and its content into a standalone document (namespaces declared
   * where used); the reader ends on the element's end tag. Used to keep a filter's XML for a
   * request that must be repeated (a GetFeature POST's {@code next} link).
   */
  public static String copy(XMLStreamReader r) {
    try {
      var text = new java.io.StringWriter();
      var of = javax.xml.stream.XMLOutputFactory.newFactory();
      of.setProperty(javax.xml.stream.XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
      javax.xml.stream.XMLStreamWriter w = of.createXMLStreamWriter(text);
      int depth = 0;
      int ev = XMLStreamConstants.START_ELEMENT;
      while (true) {
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            String ns = r.getNamespaceURI();
            String prefix = r.getPrefix() == null ? "" : r.getPrefix();
            if (ns == null || ns.isEmpty()) {
              w.writeStartElement(r.getLocalName());
            } else {
              w.writeStartElement(prefix, r.getLocalName(), ns);
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String ans = r.getAttributeNamespace(i);
              if (ans == null || ans.isEmpty()) {
                w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
              } else {
                String ap = r.getAttributePrefix(i);
                w.writeAttribute(
                    ap == null || ap.isEmpty() ? "a" : ap,
                    ans,
                    r.getAttributeLocalName(i),
                    r.getAttributeValue(i));
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            w.writeEndElement();
            depth--;
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              w.writeCharacters(r.getText());
          case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
              throw ServiceException.parsing(null, "entity references are not accepted");
          default -> {}
        }
        if (depth == 0) {
          break;
        }
        ev = r.next();
      }
      w.writeEndDocument();
      w.close();
      return text.toString();
    } catch (XMLStreamException e) {
      throw ServiceException.parsing(null, "malformed XML: " + e.getMessage());
    }
  }

  /** Counts element depth on every event the readers pull and refuses a document too deep. */
  private static final class DepthLimited extends javax.xml.stream.util.StreamReaderDelegate {
    private int depth;

    DepthLimited(XMLStreamReader reader) {
      super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
      int ev = super.next();
      if (ev == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
        log.warn("XML refused: elements nested deeper than {}", MAX_DEPTH);
        throw ServiceException.parsing(
            getLocalName(), "XML elements nest deeper than " + MAX_DEPTH + " levels");
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
      return ev;
    }

    @Override
    public int nextTag() throws XMLStreamException {
      int ev = next(); // through the depth count, with the contract of XMLStreamReader.nextTag
      while ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)
              && isWhiteSpace()
          || ev == XMLStreamConstants.SPACE
          || ev == XMLStreamConstants.COMMENT
          || ev == XMLStreamConstants.PROCESSING_INSTRUCTION) {
        ev = next();
      }
      if (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_ELEMENT) {
        throw new XMLStreamException("expected a start or end tag", getLocation());
      }
      return ev;
    }
  }
}
