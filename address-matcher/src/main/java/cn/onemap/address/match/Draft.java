package cn.onemap.address.match;

import cn.onemap.address.MatchLevel;
import cn.onemap.address.Part;
import cn.onemap.address.Position;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A candidate being scored: where it points, its score so far, parts and notes. */
final class Draft {
  int address = -1;
  int street = -1;
  String code = "";
  String text = "";
  Optional<Position> position = Optional.empty();
  MatchLevel level;
  double score;
  boolean interpolated;
  boolean adminOnly;
  boolean local = true;
  double confidence;

  /** The largest edit cost of a name matched fuzzily (0 when all names matched exactly). */
  double worstEdit;

  final Map<MatchLevel, Part> parts = new EnumMap<>(MatchLevel.class);
  final List<String> notes = new ArrayList<>();

  Draft copy() {
    Draft d = new Draft();
    d.address = address;
    d.street = street;
    d.code = code;
    d.text = text;
    d.position = position;
    d.level = level;
    d.score = score;
    d.interpolated = interpolated;
    d.adminOnly = adminOnly;
    d.local = local;
    d.worstEdit = worstEdit;
    d.parts.putAll(parts);
    d.notes.addAll(notes);
    return d;
  }
}
