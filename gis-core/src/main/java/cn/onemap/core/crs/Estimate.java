package cn.onemap.core.crs;

import java.util.List;

/**
 * Result of a least-squares estimation of a datum shift.
 *
 * @param parameters the estimated set ({@link FourParameters} or {@link SevenParameters})
 * @param residuals per control point, in input order
 * @param rmsMetres root mean square of the residual distances, sqrt(Σ distance² / n); 0 when the
 *     points determine the parameters exactly (e.g. two points for a 4-parameter set)
 */
public record Estimate<P>(P parameters, List<Residual> residuals, double rmsMetres) {
  public Estimate {
    residuals = List.copyOf(residuals);
  }

  /** The largest residual distance. */
  public double maxResidualMetres() {
    return residuals.stream().mapToDouble(Residual::distance).max().orElse(0);
  }
}
