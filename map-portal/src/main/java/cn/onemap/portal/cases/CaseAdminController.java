package cn.onemap.portal.cases;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.audit.AuditLog;
import cn.onemap.portal.security.Callers;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.engine.CaseEngine;
import cn.onemap.workflow.form.ProcessArchive;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of the business flows ({@code /api/admin/**}, ADMIN only): the unit grids of a
 * grid manager, and 定制业务流服务 — the process definitions, with validated deployment of new versions
 * (running cases keep the version they started with). Audited.
 */
@RestController
@Tag(name = "管理 Administration")
class CaseAdminController {
  private static final FilterFactory FILTERS = CommonFactoryFinder.getFilterFactory();
  static final int MAX_BPMN_BYTES = 1 << 20;
  static final int MAX_ZIP_BYTES = 4 << 20;

  private final GridManagers grids;
  private final FeatureStore store;
  private final CaseEngine engine;
  private final AuditLog audit;

  CaseAdminController(GridManagers grids, FeatureStore store, CaseEngine engine, AuditLog audit) {
    this.grids = grids;
    this.store = store;
    this.engine = engine;
    this.audit = audit;
  }

  @Schema(description = "The unit grids (单元网格 codes) a grid manager looks after")
  record Grids(@Schema(example = "[\"44140200401008\"]") List<String> grids) {}

  @GetMapping("/api/admin/users/{username}/grids")
  @Operation(summary = "The unit grids of a grid manager")
  Grids gridsOf(@PathVariable String username) {
    return new Grids(List.copyOf(grids.gridsOf(username)));
  }

  @PutMapping("/api/admin/users/{username}/grids")
  @Operation(summary = "Set the unit grids of a grid manager (codes of layer unit_grids; audited)")
  Grids setGrids(
      @PathVariable String username, @RequestBody Grids body, HttpServletRequest request) {
    Set<String> asked = new TreeSet<>(body.grids() == null ? List.of() : body.grids());
    if (asked.size() > 500) {
      throw new IllegalArgumentException("at most 500 grids per grid manager");
    }
    Set<String> known = new TreeSet<>();
    if (!asked.isEmpty()) {
      var query =
          FeatureQuery.layer("unit_grids")
              .filter(
                  FILTERS.or(
                      asked.stream()
                          .map(
                              g ->
                                  (org.geotools.api.filter.Filter)
                                      FILTERS.equals(FILTERS.property("bgid"), FILTERS.literal(g)))
                          .toList()))
              .properties(List.of("bgid"))
              .limit(asked.size() + 1);
      try (FeatureCursor c = store.query(query.build())) {
        while (c.hasNext()) {
          Feature f = c.next();
          known.add(String.valueOf(f.attribute("bgid")));
        }
      }
    }
    Set<String> unknown = new TreeSet<>(asked);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new WorkflowException(
          "UNKNOWN_GRID", "no unit grid " + unknown, Map.of("grids", List.copyOf(unknown)));
    }
    grids.setGrids(username, asked);
    audit.record(
        Callers.actor(),
        "GRID_MANAGER_GRIDS",
        username,
        String.join(",", asked),
        request.getRemoteAddr());
    return new Grids(List.copyOf(grids.gridsOf(username)));
  }

  @GetMapping("/api/admin/processes")
  @Operation(summary = "The deployed process definitions, every version, the latest flagged")
  List<CaseEngine.Definition> definitions() {
    return engine.definitions();
  }

  @PostMapping(
      value = "/api/admin/processes",
      consumes = {"application/xml", "text/xml", "application/octet-stream", "application/zip"})
  @Operation(
      summary =
          "Deploy a BPMN 2.0 process (validated; a new version of its key when the text changed;"
              + " running cases keep theirs) — as XML, or with its forms as a ZIP of one"
              + " *.bpmn20.xml and forms/<formKey>.json (JSON Schema 2020-12; at most 4 MiB, 64"
              + " entries, 4 MiB inflated). Refused (INVALID_PROCESS, nothing deployed) when a"
              + " formKey has no schema, a schema does not compile or offers an outcome that leaves"
              + " its task by no flow",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = {
                @Content(mediaType = "application/xml"),
                @Content(mediaType = "application/zip")
              }))
  List<CaseEngine.Definition> deploy(
      @RequestParam(defaultValue = "管理员部署") String name, HttpServletRequest request)
      throws IOException {
    if (String.valueOf(request.getContentType()).startsWith("application/zip")) {
      return deployArchive(name, request);
    }
    byte[] bpmn;
    try (InputStream in = request.getInputStream()) {
      bpmn = in.readNBytes(MAX_BPMN_BYTES + 1);
    }
    if (bpmn.length > MAX_BPMN_BYTES) {
      throw new WorkflowException(
          "UPLOAD_TOO_LARGE", "a process document has at most 1 MiB", Map.of());
    }
    List<CaseEngine.Definition> deployed = engine.deploy(name, bpmn);
    audit.record(
        Callers.actor(),
        "PROCESS_DEPLOYED",
        deployed.stream().map(d -> d.key() + " v" + d.version()).toList().toString(),
        name,
        request.getRemoteAddr());
    return deployed;
  }

  /** A process with its forms, from a ZIP. */
  private List<CaseEngine.Definition> deployArchive(String name, HttpServletRequest request)
      throws IOException {
    byte[] zip;
    try (InputStream in = request.getInputStream()) {
      zip = in.readNBytes(MAX_ZIP_BYTES + 1);
    }
    if (zip.length > MAX_ZIP_BYTES) {
      throw new WorkflowException(
          "UPLOAD_TOO_LARGE", "a process archive has at most 4 MiB", Map.of());
    }
    ProcessArchive archive = ProcessArchive.read(zip);
    List<CaseEngine.Definition> deployed = engine.deploy(name, archive.bpmn(), archive.forms());
    audit.record(
        Callers.actor(),
        "PROCESS_DEPLOYED",
        deployed.stream().map(d -> d.key() + " v" + d.version()).toList().toString(),
        name + " (" + archive.forms().size() + " forms)",
        request.getRemoteAddr());
    return deployed;
  }

  @PostMapping("/api/admin/processes/{definitionId}/suspend")
  @Operation(
      summary =
          "Suspend a process version: new cases start on the newest active version, its running"
              + " cases go on (the only active version of its key is refused, 409)")
  CaseEngine.Definition suspend(@PathVariable String definitionId, HttpServletRequest request) {
    CaseEngine.Definition d = engine.suspend(definitionId);
    audit.record(
        Callers.actor(),
        "PROCESS_SUSPENDED",
        d.key() + " v" + d.version(),
        definitionId,
        request.getRemoteAddr());
    return d;
  }

  @PostMapping("/api/admin/processes/{definitionId}/activate")
  @Operation(summary = "Activate a suspended process version again (new cases may start on it)")
  CaseEngine.Definition activate(@PathVariable String definitionId, HttpServletRequest request) {
    CaseEngine.Definition d = engine.activate(definitionId);
    audit.record(
        Callers.actor(),
        "PROCESS_ACTIVATED",
        d.key() + " v" + d.version(),
        definitionId,
        request.getRemoteAddr());
    return d;
  }
}
