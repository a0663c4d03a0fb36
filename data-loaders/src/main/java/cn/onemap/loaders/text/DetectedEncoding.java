package cn.onemap.loaders.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character encoding a source's text was read with, and how it was decided.
 *
 * @param charset the charset used
 * @param how where the decision came from
 */
public record DetectedEncoding(Charset charset, How how) {
  /** Where an encoding decision came from. */
  public enum How {
    /** The import request named it. */
    REQUEST,
    /** A byte-order mark at the start of the file. */
    BOM,
    /** The Shapefile's .cpg file. */
    CPG,
    /** The DBF header's language-driver byte. */
    LANGUAGE_DRIVER,
    /** The sample decoded as strict UTF-8 (and held non-ASCII text). */
    DETECTED_UTF8,
    /** The sample was not valid UTF-8, so it was read as GBK (GB18030 superset of GB2312). */
    DETECTED_GBK,
    /** The sample was plain ASCII: every candidate reads it the same; UTF-8 is used. */
    ASCII,
    /** The format fixes it (GeoJSON and GeoPackage text is UTF-8). */
    FORMAT
  }

  public DetectedEncoding {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(how, "how");
  }

  /** E.g. {@code GBK (detected: not valid UTF-8)}. */
  public String describe() {
    String reason =
        switch (how) {
          case REQUEST -> "given in the request";
          case BOM -> "byte-order mark";
          case CPG -> ".cpg file";
          case LANGUAGE_DRIVER -> "DBF language driver";
          case DETECTED_UTF8 -> "detected: valid UTF-8";
          case DETECTED_GBK -> "detected: not valid UTF-8";
          case ASCII -> "detected: ASCII only";
          case FORMAT -> "fixed by the format";
        };
    return charset.name() + " (" + reason + ")";
  }
}
