/**
 * Building blocks of the generator: the local metric plane and its mapping to CGCS2000, seeded
 * random streams, the warped lattice, the river and the terrain, plus small helpers for attribute
 * maps, schemas and chunked streaming. Trigonometry uses StrictMath so output is identical on every
 * JVM.
 */
package cn.onemap.sample.geo;
