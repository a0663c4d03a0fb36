package cn.onemap.ogc.wms;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;

/**
 * Validates against the official schemas shipped in Maven Central jars ({@code
 * org.jvnet.ogc:ogc-schemas} for OGC, {@code org.hisrc.w3c:w3c-schemas} for xlink and xml): every
 * schemaLocation is mapped to the jar's copy and anything else fails, so validation never touches
 * the network.
 */
public final class SchemaCatalog {
  private static final Map<String, String> PREFIXES =
      Map.of(
          "http://schemas.opengis.net/", "ogc/",
          "http://www.w3.org/1999/xlink.xsd", "w3c/1999/xlink.xsd",
          "http://www.w3.org/2001/xml.xsd", "w3c/2001/xml.xsd",
          "http://www.w3.org/XML/1998/namespace", "w3c/2001/xml.xsd");

  private SchemaCatalog() {}

  /** A schema of the given OGC locations (e.g. {@code wms/1.3.0/capabilities_1_3_0.xsd}). */
  public static Schema ogc(String... locations) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
      f.setResourceResolver(SchemaCatalog::resolve);
      StreamSource[] sources = new StreamSource[locations.length];
      for (int i = 0; i < locations.length; i++) {
        String http = "http://schemas.opengis.net/" + locations[i];
        sources[i] = new StreamSource(local(http).openStream(), http);
      }
      return f.newSchema(sources);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load schemas: " + e.getMessage(), e);
    }
  }

  /**
   * The schema of one OGC location whose text is first passed through {@code patch} (for errata of
   * the published copy, each stated where it is used); its includes resolve as in {@link #ogc}.
   */
  public static Schema ogcPatched(String location, java.util.function.UnaryOperator<String> patch) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
      f.setResourceResolver(SchemaCatalog::resolve);
      String http = "http://schemas.opengis.net/" + location;
      String text;
      try (InputStream in = local(http).openStream()) {
        text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      StreamSource source = new StreamSource(new java.io.StringReader(patch.apply(text)), http);
      return f.newSchema(source);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load schema " + location + ": " + e.getMessage(), e);
    }
  }

  private static URL local(String location) {
    for (var e : PREFIXES.entrySet()) {
      if (location.startsWith(e.getKey())) {
        String path = e.getValue() + location.substring(e.getKey().length());
        if (e.getValue().endsWith(".xsd")) {
          path = e.getValue();
        }
        URL url = SchemaCatalog.class.getClassLoader().getResource(path);
        if (url == null) {
          throw new IllegalStateException("no local copy of " + location + " (" + path + ")");
        }
        return url;
      }
    }
    throw new IllegalStateException("schema outside the catalog, refusing to fetch: " + location);
  }

  private static LSInput resolve(
      String type, String namespace, String publicId, String systemId, String baseUri) {
    if (systemId == null) {
      return null;
    }
    String absolute =
        baseUri == null || systemId.contains("://")
            ? systemId
            : java.net.URI.create(baseUri).resolve(systemId).toString();
    if (absolute.startsWith("jar:") || absolute.startsWith("file:")) {
      // A relative include inside a jar copy: map it back to its http location first.
      absolute = toHttp(absolute);
    }
    String location = absolute;
    URL url = local(location);
    return new Input(publicId, location, baseUri, url);
  }

  /** jar:file:/…/ogc-schemas.jar!/ogc/se/1.1.0/x.xsd → http://schemas.opengis.net/se/1.1.0/x.xsd */
  private static String toHttp(String jarUrl) {
    int bang = jarUrl.indexOf("!/");
    String path = bang < 0 ? jarUrl : jarUrl.substring(bang + 2);
    if (path.startsWith("ogc/")) {
      return "http://schemas.opengis.net/" + path.substring(4);
    }
    if (path.equals("w3c/1999/xlink.xsd")) {
      return "http://www.w3.org/1999/xlink.xsd";
    }
    if (path.equals("w3c/2001/xml.xsd")) {
      return "http://www.w3.org/2001/xml.xsd";
    }
    throw new IllegalStateException("schema outside the catalog: " + jarUrl);
  }

  /** An LSInput that reads a jar entry; the system id stays the http location. */
  private record Input(String publicId, String systemId, String baseUri, URL url)
      implements LSInput {
    @Override
    public InputStream getByteStream() {
      try {
        return url.openStream();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public String getPublicId() {
      return publicId;
    }

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public String getBaseURI() {
      return baseUri;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader r) {}

    @Override
    public void setByteStream(InputStream s) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String s) {}

    @Override
    public void setSystemId(String s) {}

    @Override
    public void setPublicId(String s) {}

    @Override
    public void setBaseURI(String s) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String e) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean c) {}
  }
}
