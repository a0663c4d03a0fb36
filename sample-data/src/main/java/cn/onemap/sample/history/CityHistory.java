package cn.onemap.sample.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When the sample city's history starts: every layer is loaded valid from the baseline, the city as
 * surveyed at the start of 2015; later changes (street renames in 2019, buildings built and
 * demolished over 2016–2026, city-management cases from their report time) are versions after it.
 */
public final class CityHistory {
  /** 2015-01-01 00:00 Beijing time. */
  public static final Instant BASELINE =
      LocalDate.of(2015, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));

  /** The year of the street renames (地名规范化). */
  public static final int RENAME_YEAR = 2019;

  private CityHistory() {}
}
