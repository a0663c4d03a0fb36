-- Which unit grids (单元网格, GB/T 30428.1) a grid manager (网格员) looks after: their cases, their 核查
-- tasks and "my grid" on the phone. A grid may have several managers, a manager several grids.
CREATE TABLE om_grid_manager (
  username VARCHAR(100) NOT NULL,
  grid_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (username, grid_code)
);

CREATE INDEX om_grid_manager_grid ON om_grid_manager (grid_code);
