package cn.onemap.ogc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** DOM helpers for response checks (namespace-aware, local names). */
public final class Xml {
  private Xml() {}

  public static Document parse(String xml) {
    try {
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  public static NodeList all(Document d, String localName) {
    return d.getElementsByTagNameNS("*", localName);
  }

  public static String text(Document d, String localName, int i) {
    return all(d, localName).item(i).getTextContent();
  }

  public static String attr(Document d, String localName, String attr) {
    return ((Element) all(d, localName).item(0)).getAttribute(attr);
  }
}
