package cn.onemap.core.crs;

import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * City-local plane grids ({@code LOCAL:<name>}, 城市独立坐标系). Such a grid is defined by the 4-parameter
 * set(s) that take it to a CGCS2000 Gauss-Krüger grid: without one it is unknown. Its area of use
 * is the target grid's, mapped back through the inverse similarity.
 */
final class LocalGrids {
  private LocalGrids() {}

  static Optional<DatumShift.FourParameter> definingShift(String code, DatumShiftRegistry shifts) {
    return shifts.all().stream()
        .filter(s -> s instanceof DatumShift.FourParameter f && f.sourceCrs().equals(code))
        .map(s -> (DatumShift.FourParameter) s)
        .findFirst();
  }

  static CrsInfo info(String code, DatumShiftRegistry shifts, CrsRegistry registry) {
    DatumShift.FourParameter shift =
        definingShift(code, shifts)
            .orElseThrow(
                () ->
                    new UnknownCrsException(
                        code,
                        "no 4-parameter datum shift starts from this local grid; register one"
                            + " that takes it to a CGCS2000 Gauss-Kruger CRS"));
    CrsInfo target = registry.info(shift.targetCrs());
    return new CrsInfo(
        code,
        "Local grid " + code.substring(6) + " (to " + target.code() + " via " + shift.name() + ")",
        CrsKind.PROJECTED,
        DatumFamily.LOCAL,
        Optional.empty(),
        false,
        "metre",
        target.areaOfUse());
  }

  static AreaOfUse areaOfUse(CrsInfo info, DatumShiftRegistry shifts, CrsRegistry registry) {
    DatumShift.FourParameter shift = definingShift(info.code(), shifts).orElseThrow();
    Envelope box = registry.areaOfUse(shift.targetCrs()).acceptedBox();
    double[] corners = {
      box.getMinX(), box.getMinY(), box.getMaxX(), box.getMinY(),
      box.getMinX(), box.getMaxY(), box.getMaxX(), box.getMaxY()
    };
    SimilarityStep.of(shift.parameters()).inverse().apply(corners, 0, corners, 0, 4);
    Envelope local = new Envelope();
    for (int i = 0; i < 4; i++) {
      local.expandToInclude(corners[2 * i], corners[2 * i + 1]);
    }
    return new AreaOfUse(info, local.getMinX(), local.getMaxX(), local.getMinY(), local.getMaxY());
  }
}
