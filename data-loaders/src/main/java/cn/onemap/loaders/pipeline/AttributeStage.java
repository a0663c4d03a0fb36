package cn.onemap.loaders.pipeline;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureRules;
import cn.onemap.loaders.qc.IssueCode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attribute and key checks of one row: values mapped to attributes and converted by the store's own
 * rules ({@link FeatureRules#values}), required attributes present, and — when the import has a key
 * column — a usable key (1–64 characters) not seen earlier in the file.
 */
public final class AttributeStage {
  private final LayerDefinition layer;
  private final FeatureRules rules;
  private final AttributeMapping mapping;
  private final Optional<String> keyColumn;
  private final KeySet keys = new KeySet();

  public AttributeStage(
      LayerDefinition layer, AttributeMapping mapping, Optional<String> keyColumn) {
    this(new FeatureRules(layer), layer, mapping, keyColumn);
  }

  /**
   * With the store's rules for the layer ({@code new FeatureRules(layer, store::codeList)}), so a
   * code outside an attribute's code list is a rejected row of the QC report.
   */
  public AttributeStage(
      FeatureRules rules,
      LayerDefinition layer,
      AttributeMapping mapping,
      Optional<String> keyColumn) {
    this.layer = layer;
    this.rules = rules;
    this.mapping = mapping;
    this.keyColumn = keyColumn;
  }

  /** Sets the row's key (if any) — first, so every finding names it — and its attributes. */
  public void key(Row row) {
    if (keyColumn.isEmpty()) {
      return;
    }
    Optional<String> key = keyText(row.record().values().get(keyColumn.get()));
    if (key.isEmpty()) {
      row.reject(IssueCode.MISSING_KEY, "key column '" + keyColumn.get() + "' is empty");
      return;
    }
    row.key(key.get());
    if (key.get().length() > 64) {
      row.reject(IssueCode.INVALID_KEY, "key is longer than 64 characters");
    }
  }

  /** Checks the row's attributes; call after the geometry stage so keys stay first-come. */
  public void process(Row row) {
    Map<String, Object> attributes = mapping.apply(row.record().values());
    if (!row.rejected()) {
      for (AttributeDefinition a : layer.attributes()) {
        if (a.required() && attributes.get(a.name()) == null) {
          row.reject(
              IssueCode.MISSING_REQUIRED,
              "attribute '" + a.name() + "' (" + a.label() + ") is required but empty");
          break;
        }
      }
    }
    if (!row.rejected()) {
      try {
        List<Object> values = rules.values(attributes);
        Map<String, Object> converted = new LinkedHashMap<>(values.size() * 2);
        for (int i = 0; i < values.size(); i++) {
          String name = layer.attributes().get(i).name();
          if (attributes.containsKey(name)) {
            converted.put(name, values.get(i));
          }
        }
        row.attributes(converted);
      } catch (cn.onemap.core.catalog.CodeValueException e) {
        row.reject(IssueCode.CODE_NOT_IN_LIST, e.getMessage());
      } catch (GisException e) {
        row.reject(IssueCode.INVALID_VALUE, e.getMessage());
      }
    }
    // Only rows that will be written claim their key: a rejected first copy does not make the
    // second one a duplicate.
    if (!row.rejected() && keyColumn.isPresent() && !keys.add(row.key())) {
      row.reject(
          IssueCode.DUPLICATE_KEY,
          "key '" + row.key() + "' already appeared earlier in the file; this row is skipped");
    }
  }

  /** The key as text: whole numbers without ".0" (DBF numeric keys), trimmed strings. */
  static Optional<String> keyText(Object v) {
    if (v == null) {
      return Optional.empty();
    }
    String s;
    if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
      BigDecimal d = new BigDecimal(v.toString()).stripTrailingZeros();
      s = d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    } else {
      s = v.toString().strip();
    }
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
