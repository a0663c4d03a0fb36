-- Code lists (值域): the values an attribute may take, each with its Chinese name and an optional
-- colour. An attribute names at most one list; a list in use cannot be removed (foreign key).
CREATE TABLE om_code_list (
  id VARCHAR(48) PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  standard VARCHAR(200) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE om_code_list_entry (
  code_list_id VARCHAR(48) NOT NULL REFERENCES om_code_list (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  colour VARCHAR(7),
  PRIMARY KEY (code_list_id, code)
);

ALTER TABLE om_layer_attribute ADD COLUMN code_list VARCHAR(48);

ALTER TABLE om_layer_attribute ADD CONSTRAINT om_layer_attribute_code_list_fk
  FOREIGN KEY (code_list) REFERENCES om_code_list (id);
