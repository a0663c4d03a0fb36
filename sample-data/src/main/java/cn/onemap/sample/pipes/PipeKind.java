package cn.onemap.sample.pipes;

import cn.onemap.sample.roads.Edge;
import cn.onemap.sample.roads.Grade;

/**
 * The pipeline subcategories generated, with their CJJ 61-2017 codes. The category digit and the
 * subcategory number of the 8-digit feature code follow the order of the standard's table (给水 1 …
 * 其他 8; 配水 is the 4th 给水 subcategory): consistent with the published examples (51011000 原水管段) but
 * otherwise *unverified*.
 *
 * <p>Each network runs under the roads it serves at a fixed offset (dx, dy) from the road centre
 * line, i.e. the road network translated, so pipes of one kind never cross one another and keep the
 * road network's topology.
 */
public enum PipeKind {
  JP("JS", "给水", 1, "JP", "配水", 4, 4.5, 3.5, 40, "梅州市供水有限公司"),
  YS("PS", "排水", 2, "YS", "雨水", 1, -3.0, -4.0, 40, "梅州市城市排水管理处"),
  WS("PS", "排水", 2, "WS", "污水", 2, 2.0, -2.0, 40, "梅州市城市排水管理处"),
  TR("RQ", "燃气", 3, "TR", "天然气", 3, -5.5, 5.0, 50, "梅州市燃气有限公司"),
  GD("DL", "电力", 5, "GD", "供电", 1, 6.5, -6.0, 60, "广东电网梅州供电局"),
  XX("TX", "通信", 6, "XX", "信息网络", 3, -7.0, 7.5, 60, "中国电信梅州分公司");

  private final String category;
  private final String categoryName;
  private final int categoryDigit;
  private final String code;
  private final String subName;
  private final int subNumber;
  private final double dx;
  private final double dy;
  private final double spacing;
  private final String owner;

  PipeKind(
      String category,
      String categoryName,
      int categoryDigit,
      String code,
      String subName,
      int subNumber,
      double dx,
      double dy,
      double spacing,
      String owner) {
    this.category = category;
    this.categoryName = categoryName;
    this.categoryDigit = categoryDigit;
    this.code = code;
    this.subName = subName;
    this.subNumber = subNumber;
    this.dx = dx;
    this.dy = dy;
    this.spacing = spacing;
    this.owner = owner;
  }

  /** Whether this network runs along a road edge. */
  public boolean follows(Edge e) {
    return switch (this) {
      case JP -> true;
      case YS, WS -> e.grade() != Grade.ALLEY && !e.bridge();
      case TR, XX -> e.grade() != Grade.ALLEY;
      case GD -> e.grade() == Grade.ARTERIAL || e.grade() == Grade.SECONDARY;
    };
  }

  public boolean drainage() {
    return this == YS || this == WS;
  }

  /** Category code, e.g. "JS". */
  public String category() {
    return category;
  }

  public String categoryName() {
    return categoryName;
  }

  /** Subcategory code, e.g. "JP". */
  public String code() {
    return code;
  }

  public String subName() {
    return subName;
  }

  /** 8-digit code of a pipe segment: 5 + category + subcategory + 1 (line) + 0 + 00. */
  public String segmentCode() {
    return "5" + categoryDigit + String.format("%02d", subNumber) + "1000";
  }

  /** 8-digit code of a pipe point: 5 + category + subcategory + 2 (point) + kind + sequence. */
  public String pointCode(PointKind kind) {
    return "5"
        + categoryDigit
        + String.format("%02d", subNumber)
        + "2"
        + (kind.feature() ? "1" : "2")
        + String.format("%02d", kind.sequence());
  }

  /** East offset from the road centre line, metres. */
  public double dx() {
    return dx;
  }

  public double dy() {
    return dy;
  }

  /** Target distance between survey points along a pipe, metres. */
  public double spacing() {
    return spacing;
  }

  public String owner() {
    return owner;
  }

  /** Lower-case prefix of the layer ids, e.g. "pipe_jp". */
  public String layerPrefix() {
    return "pipe_" + code.toLowerCase();
  }
}
