-- The rules of the 数字城管 case clocks as the administrator keeps them (seeded from the shipped tables on
-- first start): the holidays and make-up working days (调休) of each covered year, the working hours of a
-- day and the time limits per category, stage and urgency. om_case_settings.version rises with every save
-- (in the save's transaction), so every portal node re-reads the rules when it moves; version 0 means
-- "not seeded yet". H2 and PostgreSQL accept this SQL.
CREATE TABLE om_case_settings (
  id INTEGER PRIMARY KEY,
  version BIGINT NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE,
  updated_by VARCHAR(100)
);

INSERT INTO om_case_settings (id, version) VALUES (1, 0);

-- A covered year: its rows below are the whole truth about its exceptions (none is allowed).
CREATE TABLE om_case_calendar_year (
  cal_year INTEGER PRIMARY KEY
);

-- kind: HOLIDAY (节假日) or WORKDAY (调休上班, only on a Saturday or Sunday).
CREATE TABLE om_case_calendar (
  cal_date DATE PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  name VARCHAR(50) NOT NULL
);

-- The working intervals of a working day, Beijing time, HH:mm, in order.
CREATE TABLE om_case_working_hours (
  seq INTEGER PRIMARY KEY,
  start_time VARCHAR(5) NOT NULL,
  end_time VARCHAR(5) NOT NULL
);

-- category: * (default), a major class (E04) or a category (E0401); the limit in working seconds.
CREATE TABLE om_case_time_limit (
  category VARCHAR(8) NOT NULL,
  stage VARCHAR(16) NOT NULL,
  urgency VARCHAR(16) NOT NULL,
  limit_seconds BIGINT NOT NULL,
  PRIMARY KEY (category, stage, urgency)
);
