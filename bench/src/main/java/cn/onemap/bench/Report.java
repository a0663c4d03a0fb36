package cn.onemap.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The side-by-side tables of the geocoding benchmark (Markdown). */
final class Report {
  private Report() {}

  private static final Set<String> DOOR_OR_FINER = Set.of("door", "building", "unit", "room");

  record Speeds(
      double batchRowsPerSecond,
      int threads,
      GeocodeBench.Latency rest,
      int clients,
      GeocodeBench.Latency trgm,
      double engineLoadSeconds,
      double trgmBuildSeconds) {}

  /** Whether our answer is right for the record. */
  static boolean ours(BureauRecords.Record r, BureauRecords.Answer a) {
    if (!r.answerCode().isEmpty()) {
      return a != null && r.answerCode().equals(a.code());
    }
    return a == null || !(DOOR_OR_FINER.contains(a.level()) && a.confidence() >= 0.8);
  }

  /** Whether pg_trgm's answer is right; an answer below {@code accept} similarity is no answer. */
  static boolean trgm(BureauRecords.Record r, BureauRecords.Answer a, double accept) {
    if (!r.answerCode().isEmpty()) {
      return a != null && r.answerCode().equals(a.code());
    }
    return a == null || a.confidence() < accept;
  }

  static String table(
      List<BureauRecords.Record> all,
      List<BureauRecords.Record> sample,
      Map<String, BureauRecords.Answer> ours,
      Map<String, BureauRecords.Answer> trgm,
      double accept,
      double threshold,
      Speeds s) {
    var kinds = new TreeMap<String, int[]>(); // kind → {n, ours right, sample n, trgm right}
    int[] total = new int[4];
    int[] answered = new int[4];
    int[] none = new int[4];
    int[] county = new int[4];
    Set<String> inSample = new java.util.HashSet<>();
    sample.forEach(r -> inSample.add(r.id()));
    for (BureauRecords.Record r : all) {
      boolean o = ours(r, ours.get(r.id()));
      boolean sampled = inSample.contains(r.id());
      boolean t = sampled && trgm(r, trgm.get(r.id()), accept);
      var ourAnswer = ours.get(r.id());
      boolean ourCounty = ourAnswer != null && r.county().equals(ourAnswer.county());
      var trgmAnswer = trgm.get(r.id());
      boolean trgmCounty =
          sampled
              && trgmAnswer != null
              && trgmAnswer.confidence() >= accept
              && r.county().equals(trgmAnswer.county());
      add(total, o, sampled, t);
      add(r.answerCode().isEmpty() ? none : answered, o, sampled, t);
      add(county, ourCounty, sampled, trgmCounty);
      for (String kind : r.kinds()) {
        add(kinds.computeIfAbsent(kind, k -> new int[4]), o, sampled, t);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Accuracy on the large city's bureau records (5 × 5,000); pg_trgm on %,d of them%n%n",
            sample.size()));
    sb.append("| records | n | One Map | pg_trgm | better |\n|---|---:|---:|---:|---|\n");
    row(sb, "all", total);
    row(sb, "with a true address (top-1 code)", answered);
    row(sb, "without one (not matched ≥ 0.8 at door level)", none);
    row(sb, "right county (6-digit code)", county);
    for (var e : kinds.entrySet()) {
      row(sb, "corruption: " + e.getKey(), e.getValue());
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%nSpeed (same PostGIS, same records)%n%n"
                + "| measure | One Map | pg_trgm | goal |%n|---|---:|---:|---|%n"
                + "| batch rows/s | %,.0f (CsvGeocodeJob, %d threads) | %,.0f (%d connections) |"
                + " ≥ 10,000 |%n",
            s.batchRowsPerSecond(),
            s.threads(),
            s.trgm().perSecond(),
            s.clients()));
    if (s.rest() != null) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| single query p50, %d clients | %.2f ms (REST) | %.2f ms (SQL) | |%n"
                  + "| single query p99, %d clients | %.2f ms (REST) | %.2f ms (SQL) | < 20 ms |%n"
                  + "| single queries/s | %,.0f (REST) | %,.0f (SQL) | |%n",
              s.clients(),
              s.rest().p50(),
              s.trgm().p50(),
              s.clients(),
              s.rest().p99(),
              s.trgm().p99(),
              s.rest().perSecond(),
              s.trgm().perSecond()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "| start-up | engine load %.1f s | table + GIN index %.1f s | |%n",
            s.engineLoadSeconds(),
            s.trgmBuildSeconds()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%npg_trgm: similarity threshold of %% = %.2f; an answer with similarity < %.2f counts"
                + " as no answer.%n",
            threshold,
            accept));
    return sb.toString();
  }

  private static void add(int[] cell, boolean ours, boolean sampled, boolean trgm) {
    cell[0]++;
    if (ours) {
      cell[1]++;
    }
    if (sampled) {
      cell[2]++;
      if (trgm) {
        cell[3]++;
      }
    }
  }

  private static void row(StringBuilder sb, String label, int[] c) {
    double o = c[0] == 0 ? 0 : c[1] / (double) c[0];
    double t = c[2] == 0 ? 0 : c[3] / (double) c[2];
    sb.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %.2f%% | %.2f%% | %s |%n",
            label,
            c[0],
            100 * o,
            100 * t,
            o > t ? "One Map" : o < t ? "pg_trgm" : "tie"));
  }
}
