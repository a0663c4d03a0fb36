package cn.onemap.address.normalize;

import java.util.List;

/**
 * An address text after normalization.
 *
 * @param text simplified, half-width, without whitespace and punctuation, numerals in Arabic digits
 *     before their suffix, suffixes in one form each (栋, 单元, 室, 层; 附号 as {@code 12号附1})
 * @param approximate the text described a place near the address (…旁, …对面, …附近)
 * @param landmarkPhrase the phrase that made it approximate ("对面"), else empty
 * @param removed what was stripped as not part of the address: phone numbers, person names, contact
 *     notes
 */
public record NormalizedAddress(
    String text, boolean approximate, String landmarkPhrase, List<String> removed) {
  public NormalizedAddress {
    removed = List.copyOf(removed);
  }
}
