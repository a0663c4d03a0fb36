package cn.onemap.core.filter;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.AttributeValues;
import cn.onemap.core.filter.LayerProperties.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.geotools.api.filter.And;
import org.geotools.api.filter.BinaryComparisonOperator;
import org.geotools.api.filter.ExcludeFilter;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.Id;
import org.geotools.api.filter.IncludeFilter;
import org.geotools.api.filter.Not;
import org.geotools.api.filter.Or;
import org.geotools.api.filter.PropertyIsBetween;
import org.geotools.api.filter.PropertyIsEqualTo;
import org.geotools.api.filter.PropertyIsGreaterThan;
import org.geotools.api.filter.PropertyIsGreaterThanOrEqualTo;
import org.geotools.api.filter.PropertyIsLessThan;
import org.geotools.api.filter.PropertyIsLessThanOrEqualTo;
import org.geotools.api.filter.PropertyIsLike;
import org.geotools.api.filter.PropertyIsNil;
import org.geotools.api.filter.PropertyIsNotEqualTo;
import org.geotools.api.filter.PropertyIsNull;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Function;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;
import org.geotools.api.filter.spatial.BinarySpatialOperator;
import org.geotools.api.filter.temporal.BinaryTemporalOperator;

/**
 * Translates a GeoTools {@link Filter} into a SQL boolean expression over one layer's table, with
 * every value bound as a parameter. Supported: AND/OR/NOT, comparisons (incl. case-insensitive),
 * BETWEEN, LIKE, IS NULL, feature ids, the OGC spatial operators and AFTER/BEFORE/DURING/TEQUALS;
 * anything else raises {@link FilterException}.
 *
 * <p>One instance translates one filter (it accumulates parameters); use {@link #translate}.
 */
public final class FilterToSql {
  private final LayerProperties properties;
  private final SpatialSql spatial;
  private final List<Object> params = new ArrayList<>();

  private FilterToSql(LayerProperties properties, SpatialSql spatial) {
    this.properties = properties;
    this.spatial = spatial;
  }

  public static SqlFragment translate(
      Filter filter, LayerProperties properties, SpatialSql spatial) {
    FilterToSql t = new FilterToSql(properties, spatial);
    String sql = t.sql(filter);
    return new SqlFragment(sql, t.params);
  }

  private String sql(Filter f) {
    if (f instanceof IncludeFilter) {
      return "1=1";
    }
    if (f instanceof ExcludeFilter) {
      return "1=0";
    }
    if (f instanceof And and) {
      return and.getChildren().stream()
          .map(this::sql)
          .collect(Collectors.joining(" AND ", "(", ")"));
    }
    if (f instanceof Or or) {
      return or.getChildren().stream().map(this::sql).collect(Collectors.joining(" OR ", "(", ")"));
    }
    if (f instanceof Not not) {
      return "NOT (" + sql(not.getFilter()) + ")";
    }
    if (f instanceof BinaryComparisonOperator c) {
      return comparison(c);
    }
    if (f instanceof PropertyIsBetween b) {
      Property p = property(b.getExpression());
      requireScalar(p, "BETWEEN");
      return "("
          + p.column()
          + " BETWEEN "
          + value(p, b.getLowerBoundary())
          + " AND "
          + value(p, b.getUpperBoundary())
          + ")";
    }
    if (f instanceof PropertyIsLike like) {
      return like(like);
    }
    if (f instanceof PropertyIsNull n) {
      return property(n.getExpression()).column() + " IS NULL";
    }
    if (f instanceof PropertyIsNil n) {
      return property(n.getExpression()).column() + " IS NULL";
    }
    if (f instanceof Id id) {
      return ids(id);
    }
    if (f instanceof BinarySpatialOperator s) {
      return SpatialPredicates.sql(s, this);
    }
    if (f instanceof BinaryTemporalOperator t) {
      return TemporalPredicates.sql(t, this);
    }
    throw new FilterException(
        "filter operation " + f.getClass().getSimpleName() + " is not supported");
  }

  private String comparison(BinaryComparisonOperator c) {
    String op = operator(c);
    Expression left = c.getExpression1();
    Expression right = c.getExpression2();
    if (left instanceof Literal && right instanceof PropertyName) {
      Expression swap = left;
      left = right;
      right = swap;
      op = mirror(op);
    }
    Property p = property(left);
    requireScalar(p, op);
    String column = p.column();
    String other = right instanceof PropertyName ? property(right).column() : value(p, right);
    if (!c.isMatchingCase() && p.type().orElseThrow() == AttributeType.STRING) {
      column = "LOWER(" + column + ")";
      other = "LOWER(" + other + ")";
    }
    return column + " " + op + " " + other;
  }

  private String like(PropertyIsLike like) {
    Property p = property(like.getExpression());
    if (p.type().orElse(null) != AttributeType.STRING) {
      throw new FilterException("LIKE needs a text property; '" + p.name() + "' is " + typeName(p));
    }
    params.add(
        LikePattern.toSql(
            like.getLiteral(), like.getWildCard(), like.getSingleChar(), like.getEscape()));
    return like.isMatchingCase()
        ? p.column() + " LIKE ? ESCAPE '\\'"
        : "LOWER(" + p.column() + ") LIKE LOWER(?) ESCAPE '\\'";
  }

  private String ids(Id id) {
    if (id.getIdentifiers().isEmpty()) {
      return "1=0";
    }
    for (var identifier : id.getIdentifiers()) {
      params.add(String.valueOf(identifier.getID()));
    }
    return "fid IN (" + "?,".repeat(id.getIdentifiers().size() - 1) + "?)";
  }

  /** Resolves an expression that must name a property; anything computed is refused. */
  Property property(Expression e) {
    if (e instanceof PropertyName pn) {
      return properties.resolve(pn.getPropertyName());
    }
    throw unsupported(e, "a property name");
  }

  /** Binds a literal converted to the property's type and returns its placeholder. */
  String value(Property p, Expression e) {
    if (!(e instanceof Literal literal)) {
      throw unsupported(e, "a literal value");
    }
    params.add(AttributeValues.coerce(p.name(), p.type().orElseThrow(), literal.getValue()));
    return "?";
  }

  /** Binds a raw parameter (geometry, distance) and returns its placeholder. */
  String bind(Object value) {
    params.add(value);
    return "?";
  }

  SpatialSql spatial() {
    return spatial;
  }

  static FilterException unsupported(Expression e, String expected) {
    if (e instanceof Function fn) {
      return new FilterException(
          "function '"
              + fn.getName()
              + "' is not supported in filters; compare properties with literal values");
    }
    return new FilterException(
        "expected "
            + expected
            + " but found "
            + e.getClass().getSimpleName()
            + " (arithmetic and functions are not supported in filters)");
  }

  private static void requireScalar(Property p, String op) {
    if (p.isGeometry()) {
      throw new FilterException(
          "the geometry cannot be compared with " + op + "; use a spatial operator");
    }
  }

  static String typeName(Property p) {
    return p.type().map(Enum::name).orElse("GEOMETRY");
  }

  private static String operator(BinaryComparisonOperator c) {
    if (c instanceof PropertyIsEqualTo) {
      return "=";
    }
    if (c instanceof PropertyIsNotEqualTo) {
      return "<>";
    }
    if (c instanceof PropertyIsLessThan) {
      return "<";
    }
    if (c instanceof PropertyIsLessThanOrEqualTo) {
      return "<=";
    }
    if (c instanceof PropertyIsGreaterThan) {
      return ">";
    }
    if (c instanceof PropertyIsGreaterThanOrEqualTo) {
      return ">=";
    }
    throw new FilterException("comparison " + c.getClass().getSimpleName() + " is not supported");
  }

  private static String mirror(String op) {
    return switch (op) {
      case "<" -> ">";
      case "<=" -> ">=";
      case ">" -> "<";
      case ">=" -> "<=";
      default -> op;
    };
  }
}
