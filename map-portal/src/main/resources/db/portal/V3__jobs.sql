-- Background jobs (imports, batch geocoding), durable and shared by every portal node: the node
-- running a job writes its status, progress and report here and beats its heartbeat; any node
-- reads them, and asks for a cancel through cancel_requested. H2 and PostgreSQL accept this SQL.
CREATE TABLE om_job (
  id VARCHAR(36) PRIMARY KEY,
  kind VARCHAR(32) NOT NULL,
  owner VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  progress DOUBLE PRECISION NOT NULL,
  error_code VARCHAR(64),
  message VARCHAR(4000),
  error_details VARCHAR(1000000),
  report VARCHAR(1000000),
  node VARCHAR(200) NOT NULL,
  cancel_requested BOOLEAN NOT NULL,
  heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX om_job_active ON om_job (status, heartbeat_at);
