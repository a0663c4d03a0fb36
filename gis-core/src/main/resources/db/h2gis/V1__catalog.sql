-- The layer catalog. Layer tables themselves (l_<id>) are created by the store from these definitions.
CREATE TABLE om_layer (
  id VARCHAR(48) PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  geometry_type VARCHAR(20) NOT NULL,
  srid INTEGER NOT NULL,
  access_level VARCHAR(20) NOT NULL,
  versioned BOOLEAN NOT NULL,
  default_style VARCHAR(100) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE om_layer_attribute (
  layer_id VARCHAR(48) NOT NULL REFERENCES om_layer (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name VARCHAR(48) NOT NULL,
  type VARCHAR(20) NOT NULL,
  required BOOLEAN NOT NULL,
  label VARCHAR(200) NOT NULL,
  PRIMARY KEY (layer_id, name)
);
