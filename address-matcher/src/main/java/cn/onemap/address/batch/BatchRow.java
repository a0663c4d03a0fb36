package cn.onemap.address.batch;

import cn.onemap.address.Candidate;
import cn.onemap.address.MatchStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * One geocoded row: the columns a batch adds to its output ({@link #COLUMNS}: code, standard
 * address, x, y, level, confidence, status, and the 6-digit county code) and, when it went to
 * review, the queue item's id.
 *
 * @param row the row number in the input (1 = first data row)
 * @param best the best candidate, if any
 * @param status the outcome
 * @param error why the text could not be geocoded at all (empty, too long, binary), else empty
 * @param reviewId the review item created for the row, if any
 */
public record BatchRow(
    long row,
    Optional<Candidate> best,
    MatchStatus status,
    Optional<String> error,
    Optional<Long> reviewId) {

  /** Names of the added columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "match_code",
          "match_address",
          "match_x",
          "match_y",
          "match_level",
          "match_confidence",
          "match_status",
          "match_county");

  /** The added columns' values, in {@link #COLUMNS} order (empty strings when absent). */
  public List<String> values() {
    if (best.isEmpty()) {
      return List.of("", "", "", "", "", "", status.key(), "");
    }
    Candidate c = best.get();
    return List.of(
        c.code(),
        c.address(),
        c.position().map(p -> fixed(p.x(), 7)).orElse(""),
        c.position().map(p -> fixed(p.y(), 7)).orElse(""),
        c.level().key(),
        fixed(c.confidence(), 3),
        status.key(),
        c.countyCode().orElse(""));
  }

  /** {@code v} with {@code decimals} digits after the point (half up), as CSV writes it. */
  static String fixed(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
