package cn.onemap.portal.layers;

import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.audit.AuditLog;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.security.LayerAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Code lists (值域) over REST: anyone may read them (they restate published standards); ADMIN creates
 * or replaces a list and attaches one to a layer attribute ({@code /api/admin/**}), each change
 * written to the audit log. The store validates everything (unique codes, names, the attribute's
 * type fits the codes).
 */
@RestController
@Tag(name = "值域 Code lists")
class CodeListController {
  /**
   * Entries are bounded by {@link CodeList#MAX_ENTRIES}; the request body by the portal's limits.
   */
  private final FeatureStore store;

  private final LayerAccess access;
  private final AuditLog audit;

  private final LayerViews views;

  CodeListController(FeatureStore store, LayerAccess access, AuditLog audit, LayerViews views) {
    this.views = views;
    this.store = store;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping("/api/codelists")
  @Operation(summary = "Every code list with its entries (code, Chinese name, colour)")
  List<CodeListView> codeLists() {
    return store.codeLists().stream().map(CodeListView::of).toList();
  }

  @GetMapping("/api/codelists/{codeListId}")
  @Operation(summary = "One code list")
  @ApiResponse(responseCode = "404", description = "no such code list")
  CodeListView codeList(@PathVariable String codeListId) {
    return store
        .codeList(codeListId)
        .map(CodeListView::of)
        .orElseThrow(() -> new CodeListNotFoundException(codeListId));
  }

  @PutMapping("/api/admin/codelists/{codeListId}")
  @Operation(
      summary =
          "Create or replace a code list (ADMIN); refused when an attribute using it cannot hold"
              + " one of the codes. Stored values are not rewritten.")
  @ApiResponse(responseCode = "400", description = "invalid list (duplicate code, empty name…)")
  CodeListView putCodeList(
      @PathVariable String codeListId,
      @Valid @RequestBody CodeListView body,
      HttpServletRequest request) {
    CodeList list = body.toCodeList(codeListId);
    boolean existed = store.codeList(codeListId).isPresent();
    store.putCodeList(list);
    audit.record(
        Callers.actor(),
        existed ? "CODE_LIST_REPLACED" : "CODE_LIST_CREATED",
        codeListId,
        list.entries().size() + " entries",
        request.getRemoteAddr());
    return CodeListView.of(store.codeList(codeListId).orElseThrow());
  }

  /** {@code codeList} null or absent: the attribute takes free values again. */
  record Attachment(String codeList) {}

  @PutMapping("/api/admin/layers/{layerId}/attributes/{attribute}/codelist")
  @Operation(
      summary =
          "Attach a code list to a layer attribute, or detach it with {\"codeList\": null}"
              + " (ADMIN); later writes must use its codes, stored values are not checked")
  @ApiResponse(responseCode = "404", description = "no such layer")
  LayerView attach(
      @PathVariable String layerId,
      @PathVariable String attribute,
      @RequestBody Attachment body,
      HttpServletRequest request) {
    access.requireReadable(layerId);
    String before =
        store.requireLayer(layerId).attribute(attribute).map(a -> a.codeList()).orElse(null);
    var layer = store.setAttributeCodeList(layerId, attribute, body.codeList());
    audit.record(
        Callers.actor(),
        "ATTRIBUTE_CODE_LIST_SET",
        layerId + "." + attribute,
        before + " -> " + body.codeList(),
        request.getRemoteAddr());
    return views.of(layer);
  }
}
