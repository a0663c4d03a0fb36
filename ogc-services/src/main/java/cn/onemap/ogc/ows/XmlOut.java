package cn.onemap.ogc.ows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, chainable wrapper around a StAX writer for the documents the services write
 * (capabilities, schemas, feature collections): escaping is StAX's, prefixes are bound once on the
 * root. Checked StAX exceptions become {@link IOException}s, the body writer's contract.
 */
public final class XmlOut {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private final XMLStreamWriter w;

  private XmlOut(XMLStreamWriter w) {
    this.w = w;
  }

  public static XmlOut open(OutputStream out) throws IOException {
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      w.writeStartDocument("UTF-8", "1.0");
      return new XmlOut(w);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public XMLStreamWriter stax() {
    return w;
  }

  /** Starts an element {@code prefix:local}; the prefix must be bound with {@link #ns}. */
  public XmlOut start(String prefix, String local) throws IOException {
    try {
      w.writeStartElement(prefix, local, w.getNamespaceContext().getNamespaceURI(prefix));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Starts the root element and binds prefixes given as pairs (prefix, uri, ...). */
  public XmlOut root(String prefix, String local, String... prefixUriPairs) throws IOException {
    try {
      for (int i = 0; i < prefixUriPairs.length; i += 2) {
        w.setPrefix(prefixUriPairs[i], prefixUriPairs[i + 1]);
      }
      start(prefix, local);
      for (int i = 0; i < prefixUriPairs.length; i += 2) {
        w.writeNamespace(prefixUriPairs[i], prefixUriPairs[i + 1]);
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public XmlOut attr(String name, String value) throws IOException {
    try {
      int colon = name.indexOf(':');
      if (colon > 0) {
        String prefix = name.substring(0, colon);
        w.writeAttribute(
            prefix,
            w.getNamespaceContext().getNamespaceURI(prefix),
            name.substring(colon + 1),
            value);
      } else {
        w.writeAttribute(name, value);
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public XmlOut text(String text) throws IOException {
    try {
      w.writeCharacters(text);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public XmlOut end() throws IOException {
    try {
      w.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** {@code <prefix:local>text</prefix:local>}. */
  public XmlOut element(String prefix, String local, String text) throws IOException {
    return start(prefix, local).text(text).end();
  }

  public void finish() throws IOException {
    try {
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
