package cn.onemap.address.parse;

import cn.onemap.address.gazetteer.AdminHistory;
import cn.onemap.address.gazetteer.Division;
import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.address.gazetteer.ShortForms;
import cn.onemap.address.index.AddressRegistry;
import cn.onemap.address.index.Compound;
import cn.onemap.address.index.StreetLine;
import cn.onemap.address.normalize.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every name the parser recognises, normalized ({@link Normalizer#name}): provinces, cities and
 * counties of the whole country (with short forms of provinces, cities and counties: {@link
 * ShortForms}), former admin names, the towns and communities of the home city, the registry's
 * streets (today's and former names) and compounds, and learned aliases. Exact lookups find the
 * longest name at a position; fuzzy lookups find street and compound names one character away
 * (wrong, missing or extra), weighed by how alike the characters sound.
 *
 * <p>Immutable; {@link #withAlias} returns a new lexicon sharing everything but the alias table.
 */
public final class Lexicon {
  private static final Ref[] NO_REFS = new Ref[0];
  private static final int MIN_FUZZY = 3;

  private final Map<String, Ref[]> names;
  private final Map<String, Ref[]> aliases;
  private final Map<String, int[]> deletions;
  private final List<String> fuzzyNames;
  private final List<Ref> fuzzyRefs;
  private final Divisions divisions;
  private final int maxLength;

  private Lexicon(
      Map<String, Ref[]> names,
      Map<String, Ref[]> aliases,
      Map<String, int[]> deletions,
      List<String> fuzzyNames,
      List<Ref> fuzzyRefs,
      Divisions divisions,
      int maxLength) {
    this.names = names;
    this.aliases = aliases;
    this.deletions = deletions;
    this.fuzzyNames = fuzzyNames;
    this.fuzzyRefs = fuzzyRefs;
    this.divisions = divisions;
    this.maxLength = maxLength;
  }

  /** Builds the lexicon of a city's registry. */
  public static Lexicon build(
      Divisions divisions,
      List<AdminHistory.Change> history,
      AddressRegistry registry,
      String homeCity) {
    var b = new Builder();
    String homeProvince = homeCity.substring(0, 2);
    for (Division d : divisions.all()) {
      switch (d.level()) {
        case PROVINCE -> {
          Ref r = new Ref(Ref.Kind.PROVINCE, d.code(), -1, false, d.code().equals(homeProvince));
          b.add(d.name(), r);
          String abbreviated = shortProvince(d.name());
          if (!abbreviated.equals(d.name())) {
            b.add(abbreviated, r.abbreviation());
          }
        }
        case CITY -> {
          boolean municipality =
              divisions.get(d.parent()).map(p -> p.name().equals(d.name())).orElse(false);
          Ref r = new Ref(Ref.Kind.CITY, d.code(), -1, false, d.code().equals(homeCity));
          b.add(d.name(), r);
          if (!municipality) {
            for (String abbreviated : ShortForms.prefecture(d.name())) {
              b.add(abbreviated, r.abbreviation());
            }
          }
        }
        case COUNTY -> {
          Ref r = new Ref(Ref.Kind.COUNTY, d.code(), -1, false, d.code().startsWith(homeCity));
          b.add(d.name(), r);
          for (String abbreviated : ShortForms.county(d.name())) {
            b.add(abbreviated, r.abbreviation());
          }
        }
        case TOWN -> {
          if (d.code().startsWith(homeCity)) {
            b.add(d.name(), new Ref(Ref.Kind.TOWN, d.code(), -1, false, true));
          }
        }
        case VILLAGE -> {
          if (d.code().startsWith(homeCity)) {
            Ref r = new Ref(Ref.Kind.COMMUNITY, d.code(), -1, false, true);
            b.add(d.name(), r);
            b.add(d.shortName(), r);
          }
        }
      }
    }
    for (AdminHistory.Change c : history) {
      Ref.Kind kind =
          switch (c.currentCode().length()) {
            case 2 -> Ref.Kind.PROVINCE;
            case 4 -> Ref.Kind.CITY;
            case 6 -> Ref.Kind.COUNTY;
            case 9 -> Ref.Kind.TOWN;
            default -> Ref.Kind.COMMUNITY;
          };
      b.add(
          c.formerName(),
          new Ref(kind, c.currentCode(), -1, true, c.currentCode().startsWith(homeCity)));
    }
    for (var u : registry.communities()) {
      b.add(u.name(), new Ref(Ref.Kind.COMMUNITY, u.code(), -1, false, true));
    }
    for (var u : registry.towns()) {
      b.add(u.name(), new Ref(Ref.Kind.TOWN, u.code(), -1, false, true));
    }
    for (StreetLine s : registry.streets()) {
      Ref now = new Ref(Ref.Kind.STREET, s.code(), s.index(), false, true);
      b.add(s.name(), now);
      b.fuzzy(s.name(), now);
      for (String old : s.formerNames()) {
        Ref r = new Ref(Ref.Kind.STREET, s.code(), s.index(), true, true);
        b.add(old, r);
        b.fuzzy(old, r);
      }
    }
    for (int k = 0; k < registry.compounds().size(); k++) {
      Compound c = registry.compounds().get(k);
      Ref r = new Ref(Ref.Kind.COMPOUND, registry.code(c.address()), k, false, true);
      b.add(c.name(), r);
      b.fuzzy(c.name(), r);
    }
    return b.build(divisions);
  }

  private static String shortProvince(String name) {
    for (String suffix : new String[] {"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"}) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** A copy that also knows each alias's text (normalized) as a name of its code. */
  public Lexicon withAliases(List<cn.onemap.address.review.Alias> learned) {
    var copy = new HashMap<>(aliases);
    for (var a : learned) {
      copy.put(a.text(), new Ref[] {new Ref(Ref.Kind.ALIAS, a.code(), -1, false, true)});
    }
    return new Lexicon(
        names, Map.copyOf(copy), deletions, fuzzyNames, fuzzyRefs, divisions, maxLength);
  }

  /** The alias of a whole normalized text, if learned. */
  public Ref[] alias(String text) {
    return aliases.getOrDefault(text, NO_REFS);
  }

  public int aliasCount() {
    return aliases.size();
  }

  /** The longest name starting at {@code start}: its end and references. */
  public Optional<Hit> longestAt(String text, int start) {
    Hit best = null;
    int limit = Math.min(text.length(), start + maxLength);
    for (int end = start + 1; end <= limit; end++) {
      Ref[] refs = names.get(text.substring(start, end));
      if (refs == null) {
        break; // not even a prefix of a name
      }
      if (refs.length > 0) {
        best = new Hit(start, end, refs, 0);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Street and compound names one edit away from {@code q} (or equal to it), with the edit's cost:
   * a substitution costs {@link Pinyin#substitution}, a missing character 0.6, an extra one 0.8.
   */
  public List<FuzzyHit> fuzzy(String q) {
    var out = new ArrayList<FuzzyHit>();
    if (q.length() < MIN_FUZZY - 1 || q.length() > 16) {
      return out;
    }
    var seen = new java.util.HashSet<Integer>();
    collect(q, q, seen, out);
    for (int i = 0; i < q.length(); i++) {
      collect(q, q.substring(0, i) + q.substring(i + 1), seen, out);
    }
    return out;
  }

  private void collect(String q, String key, java.util.Set<Integer> seen, List<FuzzyHit> out) {
    int[] ids = deletions.get(key);
    if (ids == null) {
      return;
    }
    for (int id : ids) {
      if (!seen.add(id)) {
        continue;
      }
      String name = fuzzyNames.get(id);
      double cost = cost(q, name);
      if (cost <= 1) {
        out.add(new FuzzyHit(name, fuzzyRefs.get(id), cost));
      }
    }
  }

  /** Cost of one edit turning {@code name} into {@code q}; more than 1 when it takes more. */
  static double cost(String q, String name) {
    int lq = q.length();
    int ln = name.length();
    if (lq == ln) {
      int diff = -1;
      for (int i = 0; i < lq; i++) {
        if (q.charAt(i) != name.charAt(i)) {
          if (diff >= 0) {
            return 2;
          }
          diff = i;
        }
      }
      return diff < 0 ? 0 : Pinyin.substitution(name.charAt(diff), q.charAt(diff));
    }
    if (Math.abs(lq - ln) != 1) {
      return 2;
    }
    String longer = lq > ln ? q : name;
    String shorter = lq > ln ? name : q;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (!longer.substring(i + 1).equals(shorter.substring(i))) {
      return 2;
    }
    return lq < ln ? 0.6 : 0.8;
  }

  /** Towns of a county outside the home city found in {@code text} (they are not in the trie). */
  public List<Division> townsIn(String countyCode, String text) {
    var out = new ArrayList<Division>();
    for (Division t : divisions.children(countyCode)) {
      if (text.contains(Normalizer.name(t.name()))) {
        out.add(t);
      }
    }
    return out;
  }

  public Divisions divisions() {
    return divisions;
  }

  /** An exact name found in a text. */
  public record Hit(int start, int end, Ref[] refs, double cost) {}

  /** A name found one edit away. */
  public record FuzzyHit(String name, Ref ref, double cost) {}

  private static final class Builder {
    private final Map<String, List<Ref>> names = new HashMap<>();
    private final Map<String, List<Integer>> deletions = new HashMap<>();
    private final List<String> fuzzyNames = new ArrayList<>();
    private final List<Ref> fuzzyRefs = new ArrayList<>();
    private int maxLength;

    void add(String raw, Ref ref) {
      String name = Normalizer.name(raw);
      if (name.length() < 2) {
        return;
      }
      List<Ref> refs = names.computeIfAbsent(name, k -> new ArrayList<>());
      if (!refs.contains(ref)) {
        refs.add(ref);
      }
      for (int k = 1; k < name.length(); k++) {
        names.putIfAbsent(name.substring(0, k), new ArrayList<>());
      }
      maxLength = Math.max(maxLength, name.length());
    }

    void fuzzy(String raw, Ref ref) {
      String name = Normalizer.name(raw);
      if (name.length() < MIN_FUZZY) {
        return;
      }
      int id = fuzzyNames.size();
      fuzzyNames.add(name);
      fuzzyRefs.add(ref);
      deletions.computeIfAbsent(name, k -> new ArrayList<>()).add(id);
      for (int i = 0; i < name.length(); i++) {
        deletions
            .computeIfAbsent(name.substring(0, i) + name.substring(i + 1), k -> new ArrayList<>())
            .add(id);
      }
    }

    Lexicon build(Divisions divisions) {
      var n = new HashMap<String, Ref[]>(names.size() * 2);
      names.forEach((k, v) -> n.put(k, v.toArray(NO_REFS)));
      var d = new HashMap<String, int[]>(deletions.size() * 2);
      deletions.forEach((k, v) -> d.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      return new Lexicon(
          n, Map.of(), d, List.copyOf(fuzzyNames), List.copyOf(fuzzyRefs), divisions, maxLength);
    }
  }
}
