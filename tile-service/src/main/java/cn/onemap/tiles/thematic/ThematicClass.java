package cn.onemap.tiles.thematic;

/**
 * One class of a thematic map, as its legend lists it.
 *
 * @param label the legend text (a code's Chinese name, a value, a range such as "10 – 20")
 * @param colour {@code #RRGGBB}
 * @param count features of the layer in the class when the style was made
 */
public record ThematicClass(String label, String colour, long count) {}
