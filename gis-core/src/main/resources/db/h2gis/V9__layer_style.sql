-- Named styles administrators save for a layer (保存为样式): SLD documents drawn by WMS (STYLES),
-- WMTS (STYLE) and the tile cache on every node. Saving or removing one raises the catalog's
-- change counter and writes a LAYER entry to the change log, so every node reloads its styles and
-- truncates the layer's cached tiles. A layer's default_style may name one of them.
CREATE TABLE om_layer_style (
  layer_id VARCHAR(48) NOT NULL REFERENCES om_layer (id) ON DELETE CASCADE,
  name VARCHAR(48) NOT NULL,
  title VARCHAR(200) NOT NULL,
  sld CHARACTER LARGE OBJECT NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by VARCHAR(100),
  PRIMARY KEY (layer_id, name)
);
