-- Portal accounts, beside the layer tables in the same database (H2 and PostgreSQL accept this SQL).
CREATE TABLE om_user (
  username VARCHAR(64) PRIMARY KEY,
  password_hash VARCHAR(100) NOT NULL,
  display_name VARCHAR(100) NOT NULL,
  department VARCHAR(100),
  roles VARCHAR(200) NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- System-to-system keys. The secret is random and long, so a SHA-256 digest is enough (and fast
-- enough to check on every tile request); only the digest is stored.
CREATE TABLE om_api_key (
  key_id VARCHAR(32) PRIMARY KEY,
  secret_sha256 VARCHAR(64) NOT NULL,
  name VARCHAR(100) NOT NULL,
  department VARCHAR(100),
  roles VARCHAR(200) NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
