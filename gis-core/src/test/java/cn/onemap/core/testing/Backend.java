package cn.onemap.core.testing;

/** The two store backends every store test runs against. */
public enum Backend {
  H2GIS,
  POSTGIS
}
