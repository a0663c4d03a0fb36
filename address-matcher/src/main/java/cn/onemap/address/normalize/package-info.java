/**
 * Normalization of address texts and names: character folding (full-width, traditional Chinese via
 * OpenCC's table), Chinese numerals, 附号 and suffix variants, contact details and landmark phrases.
 */
package cn.onemap.address.normalize;
