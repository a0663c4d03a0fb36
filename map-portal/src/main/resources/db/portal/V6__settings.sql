-- Settings an administrator changes at run time (allowed CORS origins, the external WMTS base map),
-- shared by every portal node: one row per setting, its value as JSON text. H2 and PostgreSQL accept
-- this SQL.
CREATE TABLE om_setting (
  setting_name VARCHAR(100) PRIMARY KEY,
  setting_value VARCHAR(20000) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by VARCHAR(100) NOT NULL
);
