package cn.onemap.tiles.sld;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML document into an {@link XmlElement} tree, securely: a DOCTYPE is refused outright
 * (no DTD processing, no external or internal entities: blocks XXE and entity expansion), and the
 * document is limited in bytes, depth and element count so a hostile style cannot exhaust memory.
 */
final class XmlReader {
  private static final XMLInputFactory FACTORY = newFactory();

  private final long maxBytes;
  private final int maxElements;
  private final int maxDepth;

  XmlReader(long maxBytes, int maxElements, int maxDepth) {
    this.maxBytes = maxBytes;
    this.maxElements = maxElements;
    this.maxDepth = maxDepth;
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  XmlElement read(InputStream in) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new LimitedStream(in, maxBytes));
      return readDocument(r);
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      throw new SldParseException(
          "malformed XML: " + firstLine(e.getMessage()),
          l == null ? -1 : l.getLineNumber(),
          l == null ? -1 : l.getColumnNumber(),
          e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the caller's stream
        }
      }
    }
  }

  private XmlElement readDocument(XMLStreamReader r) throws XMLStreamException {
    Deque<Builder> stack = new ArrayDeque<>();
    int elements = 0;
    XmlElement root = null;
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
          Location l = r.getLocation();
          throw new SldParseException(
              "DOCTYPE declarations and entities are not allowed in styles",
              l.getLineNumber(),
              l.getColumnNumber(),
              null);
        }
        case XMLStreamConstants.START_ELEMENT -> {
          if (++elements > maxElements) {
            throw at(r, "document has more than " + maxElements + " elements");
          }
          if (stack.size() >= maxDepth) {
            throw at(r, "document nests deeper than " + maxDepth + " elements");
          }
          Map<String, String> attributes = new LinkedHashMap<>();
          for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
          }
          Location l = r.getLocation();
          stack.push(
              new Builder(r.getLocalName(), attributes, l.getLineNumber(), l.getColumnNumber()));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!stack.isEmpty()) {
            stack.peek().text.append(r.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlElement done = stack.pop().build();
          if (stack.isEmpty()) {
            root = done;
          } else {
            stack.peek().children.add(done);
          }
        }
        default -> {
          // comments, processing instructions, whitespace: irrelevant to styles
        }
      }
    }
    if (root == null) {
      throw new SldParseException("empty document", 1, 1, null);
    }
    return root;
  }

  private static SldParseException at(XMLStreamReader r, String message) {
    Location l = r.getLocation();
    return new SldParseException(message, l.getLineNumber(), l.getColumnNumber(), null);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int msg = t.indexOf("Message: ");
    return msg >= 0 ? t.substring(msg + 9) : t.lines().findFirst().orElse("");
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final int column;
    final StringBuilder text = new StringBuilder();
    final List<XmlElement> children = new ArrayList<>();

    Builder(String name, Map<String, String> attributes, int line, int column) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.column = column;
    }

    XmlElement build() {
      return new XmlElement(
          name,
          Map.copyOf(attributes),
          text.toString().strip(),
          List.copyOf(children),
          line,
          column);
    }
  }

  /** Fails the read once more than {@code max} bytes arrive. */
  private static final class LimitedStream extends FilterInputStream {
    private final long max;
    private long count;

    LimitedStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > max) {
        throw new IOException("style document exceeds the limit of " + max + " bytes");
      }
    }
  }
}
