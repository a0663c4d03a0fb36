package cn.onemap.portal.audit;

import cn.onemap.core.store.CommittedEdit;
import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.portal.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every committed data edit to the audit log, whatever it came through (REST, WFS-T, OGC
 * API, imports, review and batch tools): one {@code FEATURES_EDITED} or {@code FEATURES_LOADED}
 * entry per layer and transaction, naming the layer, the counts, the first features and the reason.
 * The versions themselves, with every attribute, stay in the layer's history.
 */
@Component
class EditAudit {
  private final AuditLog audit;

  EditAudit(JdbcFeatureStore store, AuditLog audit) {
    this.audit = audit;
    store.addEditListener(this::record);
  }

  private void record(CommittedEdit edit) {
    HttpServletRequest request =
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
            ? a.getRequest()
            : null;
    // A job (an import) runs off the request thread: its author is who started it.
    String actor = Callers.current().isPresent() ? Callers.actor() : edit.context().author();
    audit.record(
        actor,
        edit.bulk() ? "FEATURES_LOADED" : "FEATURES_EDITED",
        edit.layerId(),
        detail(edit),
        request == null ? null : request.getRemoteAddr());
  }

  static String detail(CommittedEdit edit) {
    var detail = new StringJoiner("; ");
    detail.add(
        "inserted "
            + edit.inserted()
            + ", updated "
            + edit.updated()
            + ", deleted "
            + edit.deleted());
    if (!edit.featureIds().isEmpty()) {
      long total = edit.inserted() + edit.updated() + edit.deleted();
      detail.add(
          "features "
              + String.join(", ", edit.featureIds())
              + (total > edit.featureIds().size() ? " …" : ""));
    }
    edit.context().reason().ifPresent(r -> detail.add("reason " + r));
    edit.context().validFrom().ifPresent(t -> detail.add("valid from " + t));
    edit.context().validFromAttribute().ifPresent(a -> detail.add("valid from attribute " + a));
    return detail.toString();
  }
}
