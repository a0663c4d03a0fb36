-- When an API key was last used (written at most once a minute per key and node, see AccountService).
ALTER TABLE om_api_key ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
