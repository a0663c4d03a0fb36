package cn.onemap.ogc.export;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/** Writes the features of one layer in one format. Implementations are stateless. */
public interface ExportWriter {

  /**
   * @param layer the layer (title, geometry type)
   * @param attributes the attributes to write, in order: the readable ones the request selected
   * @param features storage-CRS features, consumed once
   * @param out the response body; not closed
   */
  void write(
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      Iterator<Feature> features,
      ExportOptions options,
      OutputStream out)
      throws IOException;
}
