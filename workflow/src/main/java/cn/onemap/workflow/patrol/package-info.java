/**
 * The grid manager's patrols (巡查) and parts inspection (部件巡检): GPS tracks cleaned of jumps and poor
 * fixes ({@link cn.onemap.workflow.patrol.TrackCleaner}), kept as versioned features of the store
 * layer {@code patrol_tracks}, the share of a unit grid they cover ({@link
 * cn.onemap.workflow.patrol.CoverageOp}, on the Gauss-Krüger plane), and inspections of the city
 * parts of a grid written as new versions of the part features ({@link
 * cn.onemap.workflow.patrol.PartInspections}). Plain Java over the feature store.
 */
package cn.onemap.workflow.patrol;
