-- Per-attribute permissions: an attribute may be readable only by holders of one role (e.g. the
-- owner's phone number only for EDITOR). NULL: everyone who may read the layer. The portal's
-- access check hides such attributes from REST, exports, OGC services and vector tiles.
ALTER TABLE om_layer_attribute ADD COLUMN read_role VARCHAR(32);
