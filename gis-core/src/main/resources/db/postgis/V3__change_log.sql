-- Per-layer change counters and the change log the tile cache invalidates from. Every write raises
-- its layer's counter (the row stays locked until commit, so versions of one layer commit in
-- order) and logs what changed in the same transaction: a reader polling "version > last seen"
-- never misses a change, on any node sharing the database.
CREATE TABLE om_layer_version (
  layer_id VARCHAR(64) PRIMARY KEY,
  version BIGINT NOT NULL
);

INSERT INTO om_layer_version (layer_id, version) SELECT id, 1 FROM om_layer;

-- kind: F = one feature (old and new envelope, either may be null), B = a batch (one envelope
-- covering all of it, in new_*), L = the whole layer (created, altered, dropped).
CREATE TABLE om_change_log (
  layer_id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  kind CHAR(1) NOT NULL,
  fid VARCHAR(64),
  old_minx DOUBLE PRECISION,
  old_miny DOUBLE PRECISION,
  old_maxx DOUBLE PRECISION,
  old_maxy DOUBLE PRECISION,
  new_minx DOUBLE PRECISION,
  new_miny DOUBLE PRECISION,
  new_maxx DOUBLE PRECISION,
  new_maxy DOUBLE PRECISION,
  valid_from TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX om_change_log_layer_version ON om_change_log (layer_id, version);
