/**
 * The map renderer of One Map: styles ({@code style}), the SLD 1.0 / SE 1.1 reader ({@code sld}),
 * Java2D rendering of store features with CJK labels ({@code render}) and image encoders ({@code
 * image}). Plain Java: no Spring, Servlet or Spark (the build bans them); the WMS and tile services
 * adapt this API to their protocols.
 */
package cn.onemap.tiles;
