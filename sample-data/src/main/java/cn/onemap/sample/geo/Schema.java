package cn.onemap.sample.geo;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an attribute schema: {@code Schema.of().req("code", STRING,
 * "编码").coded("list_id").opt(...).list()}.
 */
public final class Schema {
  private final List<AttributeDefinition> attributes = new ArrayList<>();

  public static Schema of() {
    return new Schema();
  }

  public Schema req(String name, AttributeType type, String label) {
    attributes.add(AttributeDefinition.required(name, type, label));
    return this;
  }

  public Schema opt(String name, AttributeType type, String label) {
    attributes.add(AttributeDefinition.optional(name, type, label));
    return this;
  }

  /** The last attribute added takes its values from the code list. */
  public Schema coded(String codeListId) {
    int last = attributes.size() - 1;
    attributes.set(last, attributes.get(last).withCodeList(codeListId));
    return this;
  }

  public List<AttributeDefinition> list() {
    return List.copyOf(attributes);
  }
}
