/**
 * Image encoders for rendered maps: 32-bit PNG (our own fast writer, filter None + zlib), 8-bit
 * paletted PNG (median-cut quantization with one transparent palette entry) and JPEG (no alpha,
 * flattened onto the background).
 */
package cn.onemap.tiles.image;
