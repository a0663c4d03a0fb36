-- The feature search index. Which attributes of which layers are searched is catalog metadata
-- (om_search_layer, om_search_attribute; the store fills in defaults for every layer when it
-- opens and when a layer is created). om_search_token holds the tokens of the CURRENT version of
-- every feature, written in the same transaction as the versioned write, so it is never stale.
-- Tokens: the whole normalised value (exact and prefix lookups) and, for text with Chinese
-- characters, every suffix (infix lookups); see SearchText. Lookups are B-tree range scans on
-- token (key <= token < key with its last character raised: the C collation makes that the
-- prefix range in PostgreSQL, as UTF-16 order does in H2).

CREATE TABLE om_search_layer (
  layer_id VARCHAR(48) PRIMARY KEY REFERENCES om_layer (id) ON DELETE CASCADE,
  priority INTEGER NOT NULL
);

CREATE TABLE om_search_attribute (
  layer_id VARCHAR(48) NOT NULL REFERENCES om_search_layer (layer_id) ON DELETE CASCADE,
  name VARCHAR(48) NOT NULL,
  PRIMARY KEY (layer_id, name)
);

-- pos: where the token starts in the normalised value (0: the whole value); norm_length: the
-- normalised value's length (pos 0 and norm_length = the query's length: an exact match).
-- shown: the value as stored (cut to 200 characters), for the result list.
CREATE TABLE om_search_token (
  token VARCHAR(32) COLLATE "C" NOT NULL,
  layer_id VARCHAR(48) NOT NULL,
  fid VARCHAR(64) NOT NULL,
  attribute VARCHAR(48) NOT NULL,
  pos SMALLINT NOT NULL,
  norm_length INTEGER NOT NULL,
  shown VARCHAR(200) NOT NULL
);

CREATE INDEX om_search_token_token ON om_search_token (token);
CREATE INDEX om_search_token_feature ON om_search_token (layer_id, fid);
