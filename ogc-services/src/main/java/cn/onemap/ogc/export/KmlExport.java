package cn.onemap.ogc.export;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.Feature;
import cn.onemap.ogc.gml.WireCrs;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * KML 2.2 for Google Earth and 奥维: a Document with a Schema of the attributes (their Chinese labels
 * as display names), one Placemark per feature named by its {@code name} attribute (else its id),
 * the attributes as typed {@code ExtendedData/SchemaData}, the geometry in longitude,latitude on
 * WGS 84 (KML knows no other CRS, so the chosen CRS does not apply). UTF-8.
 */
final class KmlExport implements ExportWriter {
  static final String NS = "http://www.opengis.net/kml/2.2";

  @Override
  public void write(
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      Iterator<Feature> features,
      ExportOptions options,
      OutputStream out)
      throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("kml");
      x.writeDefaultNamespace(NS);
      x.writeStartElement("Document");
      x.writeAttribute("id", layer.id());
      text(x, "name", layer.title());
      x.writeStartElement("Schema");
      x.writeAttribute("name", layer.id());
      x.writeAttribute("id", layer.id());
      for (AttributeDefinition a : attributes) {
        x.writeStartElement("SimpleField");
        x.writeAttribute("name", a.name());
        x.writeAttribute("type", kmlType(a));
        text(x, "displayName", a.label());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("Folder");
      text(x, "name", layer.title());
      String nameAttr = attributes.stream().anyMatch(a -> a.name().equals("name")) ? "name" : null;
      var toWgs84 = Transforms.get(WireCrs.STORAGE_CODE, "EPSG:4326");
      while (features.hasNext()) {
        Feature f = features.next();
        x.writeStartElement("Placemark");
        x.writeAttribute("id", f.id());
        Object n = nameAttr == null ? null : f.attributes().get(nameAttr);
        text(x, "name", n == null ? f.id() : n.toString());
        x.writeStartElement("ExtendedData");
        x.writeStartElement("SchemaData");
        x.writeAttribute("schemaUrl", "#" + layer.id());
        for (AttributeDefinition a : attributes) {
          Object v = f.attributes().get(a.name());
          if (v != null) {
            x.writeStartElement("SimpleData");
            x.writeAttribute("name", a.name());
            x.writeCharacters(Values.text(v));
            x.writeEndElement();
          }
        }
        x.writeEndElement();
        x.writeEndElement();
        if (f.geometry().isPresent() && !f.geometry().get().isEmpty()) {
          Geometry g = f.geometry().get();
          geometry(x, toWgs84.transform(g));
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("KML output failed: " + e.getMessage(), e);
    }
  }

  private static String kmlType(AttributeDefinition a) {
    return switch (a.type()) {
      case INTEGER -> "int";
      case LONG -> "int";
      case DOUBLE -> "double";
      case BOOLEAN -> "bool";
      default -> "string";
    };
  }

  private static void geometry(XMLStreamWriter x, Geometry g) throws XMLStreamException {
    if (g instanceof Point p) {
      x.writeStartElement("Point");
      text(x, "coordinates", coords(p.getCoordinates()));
      x.writeEndElement();
    } else if (g instanceof LineString l) {
      x.writeStartElement("LineString");
      text(x, "coordinates", coords(l.getCoordinates()));
      x.writeEndElement();
    } else if (g instanceof Polygon p) {
      x.writeStartElement("Polygon");
      ring(x, "outerBoundaryIs", p.getExteriorRing());
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        ring(x, "innerBoundaryIs", p.getInteriorRingN(i));
      }
      x.writeEndElement();
    } else {
      x.writeStartElement("MultiGeometry");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        geometry(x, g.getGeometryN(i));
      }
      x.writeEndElement();
    }
  }

  private static void ring(XMLStreamWriter x, String name, LineString ring)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeStartElement("LinearRing");
    text(x, "coordinates", coords(ring.getCoordinates()));
    x.writeEndElement();
    x.writeEndElement();
  }

  private static String coords(Coordinate[] cs) {
    StringBuilder sb = new StringBuilder(cs.length * 24);
    for (Coordinate c : cs) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Values.number(c.x)).append(',').append(Values.number(c.y));
    }
    return sb.toString();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
