-- The layer-tree group (图层分组) an admin files a layer under, e.g. 规划专题. NULL: none; clients
-- then list the layer under its kind's title. Column name avoids the reserved word GROUP.
ALTER TABLE om_layer ADD COLUMN layer_group VARCHAR(50);
