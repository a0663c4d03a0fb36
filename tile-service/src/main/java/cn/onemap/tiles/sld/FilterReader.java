package cn.onemap.tiles.sld;

import java.util.ArrayList;
import java.util.List;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.filter.expression.Expression;
import org.geotools.factory.CommonFactoryFinder;

/**
 * Maps OGC Filter Encoding 1.0/1.1 (and FES 2.0's {@code ValueReference}) elements to GeoTools
 * filters: the comparisons, Like, Null, Between, And, Or, Not over PropertyName and Literal.
 * Spatial operators, functions and arithmetic are refused with the element's position.
 */
final class FilterReader {
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  private FilterReader() {}

  /** The filter of an {@code ogc:Filter} element (exactly one child operator). */
  static Filter filter(XmlElement filterElement) {
    if (filterElement.children().size() != 1) {
      throw filterElement.error("a Filter needs exactly one operator");
    }
    return operator(filterElement.children().get(0));
  }

  private static Filter operator(XmlElement e) {
    boolean matchCase = !"false".equalsIgnoreCase(e.attributes().getOrDefault("matchCase", "true"));
    return switch (e.name()) {
      case "And" -> FF.and(operators(e, 2));
      case "Or" -> FF.or(operators(e, 2));
      case "Not" -> {
        List<Filter> one = operators(e, 1);
        if (one.size() != 1) {
          throw e.error("Not takes exactly one operator");
        }
        yield FF.not(one.get(0));
      }
      case "PropertyIsEqualTo" -> FF.equal(left(e), right(e), matchCase);
      case "PropertyIsNotEqualTo" -> FF.notEqual(left(e), right(e), matchCase);
      case "PropertyIsLessThan" -> FF.less(left(e), right(e), matchCase);
      case "PropertyIsLessThanOrEqualTo" -> FF.lessOrEqual(left(e), right(e), matchCase);
      case "PropertyIsGreaterThan" -> FF.greater(left(e), right(e), matchCase);
      case "PropertyIsGreaterThanOrEqualTo" -> FF.greaterOrEqual(left(e), right(e), matchCase);
      case "PropertyIsNull" -> FF.isNull(expressions(e, 1).get(0));
      case "PropertyIsLike" -> like(e, matchCase);
      case "PropertyIsBetween" -> between(e);
      default -> throw e.error("unsupported filter operator " + e.name());
    };
  }

  private static List<Filter> operators(XmlElement e, int min) {
    List<Filter> out = new ArrayList<>();
    for (XmlElement c : e.children()) {
      out.add(operator(c));
    }
    if (out.size() < min) {
      throw e.error(e.name() + " needs at least " + min + " operators");
    }
    return out;
  }

  private static Filter like(XmlElement e, boolean matchCase) {
    List<Expression> ex = expressions(e, 2);
    String wild = e.attributes().getOrDefault("wildCard", "*");
    String single = e.attributes().getOrDefault("singleChar", ".");
    // FE 1.0 spells it escape, FE 1.1/2.0 escapeChar
    String escape =
        e.attributes().getOrDefault("escapeChar", e.attributes().getOrDefault("escape", "!"));
    if (wild.length() != 1 || single.length() != 1 || escape.length() != 1) {
      throw e.error("wildCard, singleChar and escape must be single characters");
    }
    Object pattern = ex.get(1).evaluate(null);
    if (pattern == null) {
      throw e.error("the pattern of PropertyIsLike must be a Literal");
    }
    return FF.like(ex.get(0), pattern.toString(), wild, single, escape, matchCase);
  }

  private static Filter between(XmlElement e) {
    XmlElement value =
        e.children().stream()
            .filter(c -> !c.name().endsWith("Boundary"))
            .findFirst()
            .orElseThrow(() -> e.error("PropertyIsBetween needs an expression"));
    XmlElement lower = e.child("LowerBoundary").orElseThrow(() -> e.error("missing LowerBoundary"));
    XmlElement upper = e.child("UpperBoundary").orElseThrow(() -> e.error("missing UpperBoundary"));
    return FF.between(expression(value), boundary(lower), boundary(upper));
  }

  private static Expression boundary(XmlElement b) {
    if (b.children().size() != 1) {
      throw b.error("a boundary holds one expression");
    }
    return expression(b.children().get(0));
  }

  private static Expression left(XmlElement e) {
    return expressions(e, 2).get(0);
  }

  private static Expression right(XmlElement e) {
    return expressions(e, 2).get(1);
  }

  private static List<Expression> expressions(XmlElement e, int count) {
    if (e.children().size() != count) {
      throw e.error(e.name() + " takes " + count + " expressions, found " + e.children().size());
    }
    return e.children().stream().map(FilterReader::expression).toList();
  }

  static Expression expression(XmlElement e) {
    return switch (e.name()) {
      case "PropertyName", "ValueReference" -> {
        if (e.text().isEmpty()) {
          throw e.error("empty property name");
        }
        yield FF.property(e.text());
      }
      case "Literal" -> FF.literal(e.text());
      default ->
          throw e.error("unsupported expression " + e.name() + " (functions are not evaluated)");
    };
  }
}
