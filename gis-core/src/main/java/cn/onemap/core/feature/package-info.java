/**
 * The feature model with valid-time history. A feature has a stable id, a geometry (CGCS2000),
 * attribute values and a chain of versions: every insert, update or delete writes a new version
 * stamped with valid_from, author and reason, and closes the previous one (valid_to). Nothing is
 * physically deleted, so the state at any past instant and the full history of one feature can
 * always be read back.
 */
package cn.onemap.core.feature;
