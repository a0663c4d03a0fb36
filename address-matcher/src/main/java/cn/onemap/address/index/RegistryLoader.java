package cn.onemap.address.index;

import cn.onemap.address.AddressException;
import cn.onemap.address.Position;
import cn.onemap.address.gazetteer.Division;
import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.core.GisException;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the registry from a feature store: the street layer (with former names from each renamed
 * street's version history) and the address layer, streamed once into primitive columns, then
 * sorted by code and linked (parents, children, doors per street). Fails with {@code ADDRESS_DATA}
 * when a layer is missing or a row is unusable, naming the feature.
 */
public final class RegistryLoader {
  private static final Map<String, Integer> LEVELS =
      Map.ofEntries(
          Map.entry("门牌", AddressRegistry.DOOR),
          Map.entry("小区", AddressRegistry.COMPOUND),
          Map.entry("楼栋", AddressRegistry.BUILDING),
          Map.entry("单元", AddressRegistry.UNIT),
          Map.entry("户室", AddressRegistry.ROOM),
          Map.entry("door", AddressRegistry.DOOR),
          Map.entry("compound", AddressRegistry.COMPOUND),
          Map.entry("building", AddressRegistry.BUILDING),
          Map.entry("unit", AddressRegistry.UNIT),
          Map.entry("room", AddressRegistry.ROOM));

  private RegistryLoader() {}

  public static AddressRegistry load(
      FeatureStore store, String streetLayer, String addressLayer, Divisions divisions) {
    try {
      return new Build(divisions).streets(store, streetLayer).addresses(store, addressLayer).done();
    } catch (AddressException e) {
      throw e;
    } catch (GisException e) {
      throw new AddressException(
          "ADDRESS_DATA",
          "cannot read the address registry: " + e.getMessage(),
          Map.of("layers", streetLayer + "," + addressLayer),
          e);
    }
  }

  /** Growable columns and lookups used while loading. */
  private static final class Build {
    private final Divisions divisions;
    private final List<StreetLine> streets = new ArrayList<>();
    private final Map<String, Integer> streetByCode = new HashMap<>();
    private final Map<Long, Integer> communityByCode = new HashMap<>();
    private final Map<Long, Integer> townByCode = new HashMap<>();
    private final Map<Long, Integer> countyByCode = new HashMap<>();
    private final List<String[]> communityRows = new ArrayList<>(); // code, name, town index
    private final List<String[]> townRows = new ArrayList<>();
    private final List<String[]> countyRows = new ArrayList<>();
    private int n;
    private long[] codeHi = new long[1024];
    private int[] codeLo = new int[1024];
    private long[] parentHi = new long[1024];
    private int[] parentLo = new int[1024];
    private byte[] level = new byte[1024];
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private int[] street = new int[1024];
    private int[] doorNo = new int[1024];
    private int[] number = new int[1024];
    private int[] community = new int[1024];
    private final Map<Integer, String> compoundNames = new HashMap<>();

    Build(Divisions divisions) {
      this.divisions = divisions;
    }

    Build streets(FeatureStore store, String layer) {
      store.requireLayer(layer);
      try (FeatureCursor c = store.query(FeatureQuery.layer(layer).build())) {
        while (c.hasNext()) {
          Feature f = c.next();
          String code = text(f, "code", layer);
          String name = text(f, "name", layer);
          var former = new LinkedHashSet<String>();
          if (f.version().number() > 1) {
            for (Feature v : store.history(layer, f.id())) {
              Object old = v.attribute("name");
              if (old != null && !old.toString().equals(name) && !old.toString().isBlank()) {
                former.add(old.toString());
              }
            }
          }
          Geometry g = f.geometry().orElseThrow(() -> bad(layer, f, "has no geometry"));
          Coordinate[] cs = g.getCoordinates();
          double[] lonLat = new double[cs.length * 2];
          for (int k = 0; k < cs.length; k++) {
            lonLat[2 * k] = cs[k].x;
            lonLat[2 * k + 1] = cs[k].y;
          }
          Object county = f.attribute("county_code");
          streetByCode.put(code, streets.size());
          streets.add(
              new StreetLine(
                  streets.size(),
                  code,
                  name,
                  List.copyOf(former),
                  county == null ? "" : county.toString(),
                  lonLat));
        }
      }
      return this;
    }

    Build addresses(FeatureStore store, String layer) {
      store.requireLayer(layer);
      try (FeatureCursor c = store.query(FeatureQuery.layer(layer).build())) {
        while (c.hasNext()) {
          add(layer, c.next());
        }
      }
      return this;
    }

    private void add(String layer, Feature f) {
      if (n == level.length) {
        grow();
      }
      String code = f.attribute("code") == null ? f.id() : f.attribute("code").toString();
      if (code.length() != 20 || !code.chars().allMatch(Character::isDigit)) {
        throw bad(layer, f, "has code '" + code + "', not 20 digits");
      }
      Integer lv = LEVELS.get(text(f, "level", layer));
      if (lv == null) {
        throw bad(
            layer, f, "has level '" + f.attribute("level") + "', not one of " + LEVELS.keySet());
      }
      Integer st = streetByCode.get(text(f, "street_code", layer));
      if (st == null) {
        throw bad(
            layer, f, "names street " + f.attribute("street_code") + ", not in the street layer");
      }
      Coordinate p =
          f.geometry().orElseThrow(() -> bad(layer, f, "has no geometry")).getCoordinate();
      codeHi[n] = Long.parseLong(code.substring(0, 12));
      codeLo[n] = Integer.parseInt(code.substring(12));
      String parentCode =
          f.attribute("parent_code") == null ? "" : f.attribute("parent_code").toString();
      if (lv > AddressRegistry.DOOR && parentCode.length() == 20) {
        parentHi[n] = Long.parseLong(parentCode.substring(0, 12));
        parentLo[n] = Integer.parseInt(parentCode.substring(12));
      } else {
        parentHi[n] = -1;
      }
      level[n] = lv.byteValue();
      x[n] = p.x;
      y[n] = p.y;
      street[n] = st;
      doorNo[n] = integer(f, "door_no");
      number[n] =
          switch (lv) {
            case AddressRegistry.BUILDING -> integer(f, "building_no");
            case AddressRegistry.UNIT -> integer(f, "unit_no");
            case AddressRegistry.ROOM -> integer(f, "room_no");
            default -> 0;
          };
      community[n] = community(code, f, layer);
      if (lv == AddressRegistry.COMPOUND) {
        compoundNames.put(n, text(f, "compound", layer));
      }
      n++;
    }

    private int community(String code, Feature f, String layer) {
      long cm = codeHi[n];
      Integer idx = communityByCode.get(cm);
      if (idx != null) {
        return idx;
      }
      long tw = cm / 1000;
      long ct = tw / 1000;
      Integer t = townByCode.get(tw);
      if (t == null) {
        Integer k = countyByCode.get(ct);
        if (k == null) {
          k = countyRows.size();
          countyByCode.put(ct, k);
          countyRows.add(new String[] {code.substring(0, 6), text(f, "county", layer), "-1"});
        }
        t = townRows.size();
        townByCode.put(tw, t);
        townRows.add(new String[] {code.substring(0, 9), text(f, "town", layer), k.toString()});
      }
      idx = communityRows.size();
      communityByCode.put(cm, idx);
      communityRows.add(
          new String[] {code.substring(0, 12), text(f, "community", layer), t.toString()});
      return idx;
    }

    private void grow() {
      int m = level.length * 2;
      codeHi = Arrays.copyOf(codeHi, m);
      codeLo = Arrays.copyOf(codeLo, m);
      parentHi = Arrays.copyOf(parentHi, m);
      parentLo = Arrays.copyOf(parentLo, m);
      level = Arrays.copyOf(level, m);
      x = Arrays.copyOf(x, m);
      y = Arrays.copyOf(y, m);
      street = Arrays.copyOf(street, m);
      doorNo = Arrays.copyOf(doorNo, m);
      number = Arrays.copyOf(number, m);
      community = Arrays.copyOf(community, m);
    }

    AddressRegistry done() {
      // Sort by code (hi, lo).
      int[] order = sortedByCode();
      long[] sHi = new long[n];
      int[] sLo = new int[n];
      long[] sPHi = new long[n];
      int[] sPLo = new int[n];
      byte[] sLevel = new byte[n];
      double[] sx = new double[n];
      double[] sy = new double[n];
      int[] sStreet = new int[n];
      int[] sDoor = new int[n];
      int[] sNumber = new int[n];
      int[] sCommunity = new int[n];
      String[] sCompound = new String[n];
      for (int k = 0; k < n; k++) {
        int o = order[k];
        sHi[k] = codeHi[o];
        sLo[k] = codeLo[o];
        sPHi[k] = parentHi[o];
        sPLo[k] = parentLo[o];
        sLevel[k] = level[o];
        sx[k] = x[o];
        sy[k] = y[o];
        sStreet[k] = street[o];
        sDoor[k] = doorNo[o];
        sNumber[k] = number[o];
        sCommunity[k] = community[o];
        sCompound[k] = compoundNames.get(o);
      }
      compoundNames.clear();
      int[] parent = new int[n];
      for (int k = 0; k < n; k++) {
        parent[k] = sPHi[k] < 0 ? -1 : find(sHi, sLo, sPHi[k], sPLo[k]);
        if (sLevel[k] > AddressRegistry.DOOR && parent[k] < 0) {
          throw new AddressException(
              "ADDRESS_DATA",
              String.format(
                  "address %012d%08d names parent %012d%08d, which is not in the registry",
                  sHi[k], sLo[k], sPHi[k], sPLo[k]),
              Map.of());
        }
      }
      // Compounds, then each finer address inherits its parent's compound (levels in order).
      var compounds = new ArrayList<Compound>();
      int[] compound = new int[n];
      Arrays.fill(compound, -1);
      for (int lv = AddressRegistry.COMPOUND; lv <= AddressRegistry.ROOM; lv++) {
        for (int k = 0; k < n; k++) {
          if (sLevel[k] != lv) {
            continue;
          }
          if (lv == AddressRegistry.COMPOUND) {
            compound[k] = compounds.size();
            compounds.add(new Compound(sCompound[k], k));
          } else {
            compound[k] = compound[parent[k]];
          }
        }
      }
      // Children per parent, ordered by number.
      int[] childStart = new int[n + 1];
      for (int k = 0; k < n; k++) {
        if (parent[k] >= 0) {
          childStart[parent[k] + 1]++;
        }
      }
      for (int k = 0; k < n; k++) {
        childStart[k + 1] += childStart[k];
      }
      int[] fill = Arrays.copyOf(childStart, n);
      int[] children = new int[childStart[n]];
      for (int k = 0; k < n; k++) {
        if (parent[k] >= 0) {
          children[fill[parent[k]]++] = k;
        }
      }
      // Doors per street.
      int[] doorsOf = new int[streets.size()];
      for (int k = 0; k < n; k++) {
        if (sLevel[k] == AddressRegistry.DOOR) {
          doorsOf[sStreet[k]]++;
        }
      }
      int[][] doorIdx = new int[streets.size()][];
      for (int s = 0; s < doorIdx.length; s++) {
        doorIdx[s] = new int[doorsOf[s]];
        doorsOf[s] = 0;
      }
      for (int k = 0; k < n; k++) {
        if (sLevel[k] == AddressRegistry.DOOR) {
          doorIdx[sStreet[k]][doorsOf[sStreet[k]]++] = k;
        }
      }
      for (int s = 0; s < doorIdx.length; s++) {
        int[] idx = doorIdx[s];
        int[] nums = new int[idx.length];
        double[] lon = new double[idx.length];
        double[] lat = new double[idx.length];
        for (int j = 0; j < idx.length; j++) {
          nums[j] = sDoor[idx[j]];
          lon[j] = sx[idx[j]];
          lat[j] = sy[idx[j]];
        }
        streets.get(s).doors(nums, idx, lon, lat);
      }
      List<AdminUnit> counties = units(countyRows, sx, sy, sCommunity, 2);
      List<AdminUnit> towns = units(townRows, sx, sy, sCommunity, 1);
      List<AdminUnit> communities = units(communityRows, sx, sy, sCommunity, 0);
      String countyCode = countyRows.isEmpty() ? "" : countyRows.get(0)[0];
      String province =
          countyCode.isEmpty()
              ? ""
              : divisions.get(countyCode.substring(0, 2)).map(Division::name).orElse("");
      String city =
          countyCode.isEmpty()
              ? ""
              : divisions.get(countyCode.substring(0, 4)).map(Division::name).orElse("");
      return new AddressRegistry(
          province,
          city,
          counties,
          towns,
          communities,
          streets,
          compounds,
          sHi,
          sLo,
          sLevel,
          sx,
          sy,
          sStreet,
          sDoor,
          compound,
          sNumber,
          parent,
          sCommunity,
          childStart,
          children);
    }

    /**
     * Admin units with the mean position of their addresses; {@code up} = levels above community.
     */
    private List<AdminUnit> units(
        List<String[]> rows, double[] sx, double[] sy, int[] sCommunity, int up) {
      double[] sumX = new double[rows.size()];
      double[] sumY = new double[rows.size()];
      int[] count = new int[rows.size()];
      for (int k = 0; k < n; k++) {
        int u = sCommunity[k];
        for (int l = 0; l < up; l++) {
          u = Integer.parseInt((l == 0 ? communityRows : townRows).get(u)[2]);
        }
        sumX[u] += sx[k];
        sumY[u] += sy[k];
        count[u]++;
      }
      var out = new ArrayList<AdminUnit>();
      for (int u = 0; u < rows.size(); u++) {
        String[] r = rows.get(u);
        out.add(
            new AdminUnit(
                r[0],
                r[1],
                Integer.parseInt(r[2]),
                count[u] == 0
                    ? Optional.empty()
                    : Optional.of(new Position(sumX[u] / count[u], sumY[u] / count[u]))));
      }
      return out;
    }

    private int[] sortedByCode() {
      Integer[] boxed = new Integer[n];
      for (int k = 0; k < n; k++) {
        boxed[k] = k;
      }
      Arrays.sort(
          boxed,
          (a, b) ->
              codeHi[a] != codeHi[b]
                  ? Long.compare(codeHi[a], codeHi[b])
                  : Integer.compare(codeLo[a], codeLo[b]));
      int[] out = new int[n];
      for (int k = 0; k < n; k++) {
        out[k] = boxed[k];
        if (k > 0 && codeHi[out[k]] == codeHi[out[k - 1]] && codeLo[out[k]] == codeLo[out[k - 1]]) {
          throw new AddressException(
              "ADDRESS_DATA",
              String.format("address code %012d%08d occurs twice", codeHi[out[k]], codeLo[out[k]]),
              Map.of());
        }
      }
      return out;
    }

    private static int find(long[] hi, int[] lo, long h, int l) {
      int a = 0;
      int b = hi.length - 1;
      while (a <= b) {
        int m = (a + b) >>> 1;
        int c = h != hi[m] ? Long.compare(hi[m], h) : Integer.compare(lo[m], l);
        if (c == 0) {
          return m;
        }
        if (c < 0) {
          a = m + 1;
        } else {
          b = m - 1;
        }
      }
      return -1;
    }

    private static String text(Feature f, String attribute, String layer) {
      Object v = f.attribute(attribute);
      if (v == null || v.toString().isBlank()) {
        throw bad(layer, f, "has no " + attribute);
      }
      return v.toString();
    }

    private static int integer(Feature f, String attribute) {
      Object v = f.attribute(attribute);
      return v instanceof Number num
          ? num.intValue()
          : v == null ? 0 : Integer.parseInt(v.toString());
    }

    private static AddressException bad(String layer, Feature f, String problem) {
      return new AddressException(
          "ADDRESS_DATA",
          "feature " + f.id() + " of layer '" + layer + "' " + problem,
          Map.of("layer", layer, "feature", f.id()));
    }
  }
}
