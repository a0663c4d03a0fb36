package cn.onemap.loaders;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * An import failed and wrote nothing. {@link #code()} says why:
 *
 * <ul>
 *   <li>{@code TOO_MANY_REJECTED}: more rows were rejected than the request allows;
 *   <li>{@code IMPORT_CANCELLED}: {@link CancelSignal#cancel()} was called;
 *   <li>{@code CRS_CONFIRMATION_REQUIRED}: the coordinates fit several CRSs (details: {@code
 *       candidates}); repeat with one named;
 *   <li>{@code CRS_UNKNOWN}: no CRS declared and none could be guessed;
 *   <li>{@code LAYER_NOT_FOUND}: the layer does not exist and creation was not asked for;
 *   <li>{@code KEY_COLUMN_NOT_FOUND}: the key column is not in the source;
 *   <li>or the code of the underlying {@link GisException} (e.g. {@code SOURCE_UNREADABLE}, {@code
 *       STORE_ERROR}).
 * </ul>
 *
 * {@link #report()} has the counts so far and the QC report path (rows rejected before the failure
 * are listed there).
 */
public class ImportFailedException extends GisException {
  private final ImportReport report;

  public ImportFailedException(
      String code,
      String message,
      Map<String, Object> details,
      ImportReport report,
      Throwable cause) {
    super(code, message, details, cause);
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }
}
