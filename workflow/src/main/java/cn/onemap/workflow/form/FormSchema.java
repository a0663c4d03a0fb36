package cn.onemap.workflow.form;

import cn.onemap.workflow.WorkflowException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A task's form: a JSON Schema (draft 2020-12, validated by networknt json-schema-validator) of the
 * body of "complete". Its top-level {@code properties} are the form's fields (with Chinese {@code
 * title}s), {@code properties.outcome.enum} the step's actions; conditional requirements are {@code
 * allOf}/{@code if}/{@code then}; the actions' Chinese titles are the annotation {@code
 * x-enumTitles}. Compiling refuses a text that is not JSON, not an object schema, not valid against
 * the 2020-12 meta-schema, or that the validator cannot compile.
 */
public final class FormSchema {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Errors located by JSON pointer, their messages in Chinese. */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .locale(Locale.SIMPLIFIED_CHINESE)
                      .pathType(PathType.JSON_POINTER)
                      .build()));

  /** The 2020-12 meta-schema (bundled with the validator), loaded on first use. */
  private static final java.util.function.Supplier<Schema> META =
      new java.util.function.Supplier<>() {
        private volatile Schema loaded;

        @Override
        public Schema get() {
          if (loaded == null) {
            loaded =
                REGISTRY.getSchema(
                    SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
          }
          return loaded;
        }
      };

  private final JsonNode node;
  private final Schema schema;

  private FormSchema(JsonNode node, Schema schema) {
    this.node = node;
    this.schema = schema;
  }

  /** Compiles {@code json}; refused with INVALID_PROCESS naming {@code name}. */
  public static FormSchema compile(String name, byte[] json) {
    JsonNode node;
    try {
      node = JSON.readTree(new String(json, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw invalid(name, "is not JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject() || !node.path("properties").isObject()) {
      throw invalid(name, "is not an object schema with properties");
    }
    List<Error> meta = META.get().validate(node);
    if (!meta.isEmpty()) {
      throw invalid(
          name,
          "is not a valid JSON Schema 2020-12: "
              + String.join(
                  "; ",
                  meta.stream()
                      .limit(10)
                      .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                      .toList()));
    }
    Schema schema;
    try {
      schema = REGISTRY.getSchema(node);
      schema.initializeValidators();
    } catch (RuntimeException e) {
      throw invalid(name, "does not compile: " + e.getMessage());
    }
    return new FormSchema(node, schema);
  }

  private static WorkflowException invalid(String name, String why) {
    return new WorkflowException(
        "INVALID_PROCESS", "form " + name + " " + why, Map.of("form", name));
  }

  /** The violations of {@code body} (a JSON object of the form's fields), none when valid. */
  public List<FormError> validate(Map<String, Object> body) {
    List<FormError> out = new ArrayList<>();
    for (Error e : schema.validate((JsonNode) JSON.valueToTree(body))) {
      out.add(new FormError(e.getInstanceLocation().toString(), e.getMessage()));
    }
    return out;
  }

  /** The names of the form's fields. */
  public List<String> fields() {
    List<String> out = new ArrayList<>();
    node.path("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The Chinese title of a field, if the form gives one. */
  public Optional<String> title(String field) {
    JsonNode t = node.path("properties").path(field).path("title");
    return t.isTextual() ? Optional.of(t.asText()) : Optional.empty();
  }

  /** The actions the form offers ({@code properties.outcome.enum}), empty if it lists none. */
  public List<String> outcomes() {
    List<String> out = new ArrayList<>();
    node.path("properties").path("outcome").path("enum").forEach(v -> out.add(v.asText()));
    return out;
  }

  /** The schema as JSON (for the client that renders the form). */
  public JsonNode json() {
    return node.deepCopy();
  }
}
