package cn.onemap.loaders.pipeline;

import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.source.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A row on its way through the checks: the source record, and what the stages made of it so far.
 * Mutable on purpose — each stage fills in its part for a whole batch — and confined to the import
 * thread.
 */
public final class Row {
  private final SourceRecord record;
  private String key = "";
  private Geometry geometry;
  private Map<String, Object> attributes = Map.of();
  private Issue rejection;
  private final List<Issue> warnings = new ArrayList<>(0);

  public Row(SourceRecord record) {
    this.record = record;
    this.geometry = record.geometry().orElse(null);
    record.rejection().ifPresent(i -> this.rejection = i);
  }

  public SourceRecord record() {
    return record;
  }

  public long number() {
    return record.row();
  }

  public String key() {
    return key;
  }

  public void key(String key) {
    this.key = key;
  }

  /** The geometry as far as processed; empty when missing or the row was rejected. */
  public Optional<Geometry> geometry() {
    return Optional.ofNullable(geometry);
  }

  public void geometry(Geometry g) {
    this.geometry = g;
  }

  public Map<String, Object> attributes() {
    return attributes;
  }

  public void attributes(Map<String, Object> attributes) {
    this.attributes = attributes;
  }

  public boolean rejected() {
    return rejection != null;
  }

  /** Rejects the row (the first reason wins). */
  public void reject(IssueCode code, String message) {
    if (rejection == null) {
      rejection = new Issue(number(), key, code, message);
    }
  }

  public void warn(IssueCode code, String message) {
    warnings.add(new Issue(number(), key, code, message));
  }

  /** The rejection (re-keyed with the row's key), then the warnings. */
  public List<Issue> issues() {
    List<Issue> all = new ArrayList<>(warnings.size() + 1);
    if (rejection != null) {
      all.add(new Issue(rejection.row(), key, rejection.code(), rejection.message()));
    }
    for (Issue w : warnings) {
      all.add(new Issue(w.row(), key, w.code(), w.message()));
    }
    return all;
  }

  public boolean hasIssues() {
    return rejection != null || !warnings.isEmpty();
  }
}
