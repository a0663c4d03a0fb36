package cn.onemap.core.crs;

/**
 * The sign convention of the three rotations of a 7-parameter (Bursa-Wolf) set. The same numbers
 * with the wrong convention move points by tens of metres, so every set must state its convention;
 * there is no default.
 *
 * <p>With R(rx, ry, rz) = [[1, −rz, ry], [rz, 1, −rx], [−ry, rx, 1]] (rotations in radians):
 *
 * <ul>
 *   <li>{@link #POSITION_VECTOR} (EPSG method 9606/1033, ISO 19111 "Helmert", PROJ {@code
 *       +convention=position_vector}, common in Chinese software): X_t = T + (1 + s)·R·X_s.
 *   <li>{@link #COORDINATE_FRAME} (EPSG 9607/1032, "Bursa-Wolf" in the US/Australia, PROJ {@code
 *       +convention=coordinate_frame}): the rotations have the opposite sign, X_t = T + (1 +
 *       s)·R(−rx, −ry, −rz)·X_s.
 * </ul>
 */
public enum RotationConvention {
  POSITION_VECTOR,
  COORDINATE_FRAME
}
