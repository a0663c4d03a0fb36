-- The catalog's change counter: one row, raised in the same transaction as every layer creation,
-- alteration and removal. Capabilities documents publish it as their update sequence; it lives in
-- the database so it survives restarts and is the same on every portal node.
CREATE TABLE om_catalog_sequence (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  sequence BIGINT NOT NULL
);

INSERT INTO om_catalog_sequence (id, sequence) VALUES (1, 1);
