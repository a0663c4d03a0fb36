package cn.onemap.address.parse;

import cn.onemap.address.normalize.NormalizedAddress;
import java.util.List;

/**
 * An address text taken apart: the names found (exact and fuzzy, in order of the text) and the
 * numbers of the fine levels (0 when absent).
 *
 * @param normalized the normalized text and what normalization noticed
 * @param tokens names found, in text order; fuzzy tokens follow the exact ones
 * @param door door plate number (门牌号)
 * @param doorSub its 附号 ("1", "甲"), empty when none
 * @param building building number (栋)
 * @param unit unit number (单元)
 * @param floor floor (层)
 * @param room room number (室), e.g. 1202
 * @param unknown stretches of text that matched no name (for explanations)
 */
public record ParsedAddress(
    NormalizedAddress normalized,
    List<Token> tokens,
    int door,
    String doorSub,
    int building,
    int unit,
    int floor,
    int room,
    List<String> unknown) {
  public ParsedAddress {
    tokens = List.copyOf(tokens);
    unknown = List.copyOf(unknown);
  }

  /** Tokens referring to things of this kind. */
  public List<Token> tokens(Ref.Kind kind) {
    return tokens.stream().filter(t -> t.refs().stream().anyMatch(r -> r.kind() == kind)).toList();
  }
}
