package cn.onemap.address.parse;

import java.util.List;

/**
 * A name found in the normalized text.
 *
 * @param start first character in the normalized text
 * @param end one past the last character
 * @param text the text as written (normalized)
 * @param refs what it may refer to
 * @param cost 0 for an exact name, else the cost of the one edit (see {@link Lexicon#fuzzy})
 */
public record Token(int start, int end, String text, List<Ref> refs, double cost) {
  public Token {
    refs = List.copyOf(refs);
  }

  public boolean fuzzy() {
    return cost > 0;
  }
}
