package cn.onemap.portal.layers;

import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A code list as the API shows and takes it: {@code {"id", "title", "standard", "entries":
 * [{"code", "name", "colour"?}]}} (the same shape as OGC API queryables' {@code
 * x-onemap-codelist}).
 */
public record CodeListView(
    String id, String title, String standard, @NotNull @Valid List<EntryView> entries) {

  /** One entry; {@code colour} is {@code #RRGGBB} and left out when the entry has none. */
  public record EntryView(
      String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String colour) {}

  static CodeListView of(CodeList list) {
    return new CodeListView(
        list.id(),
        list.title(),
        list.standard(),
        list.entries().stream().map(e -> new EntryView(e.code(), e.name(), e.colour())).toList());
  }

  /** The list this view describes, validated by {@link CodeList}; the path names its id. */
  CodeList toCodeList(String id) {
    if (this.id != null && !this.id.equals(id)) {
      throw new IllegalArgumentException(
          "the body names code list '" + this.id + "' but the path names '" + id + "'");
    }
    return new CodeList(
        id,
        title,
        standard,
        entries.stream().map(e -> new CodeEntry(e.code(), e.name(), e.colour())).toList());
  }
}
