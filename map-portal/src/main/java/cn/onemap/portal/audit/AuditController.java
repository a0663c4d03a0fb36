package cn.onemap.portal.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators ({@code /api/admin/**} is ADMIN only). */
@RestController
@Tag(name = "管理 Administration")
class AuditController {
  private static final int MAX = 1000;
  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/admin/audit")
  @Operation(
      summary =
          "Audit log, newest first: admin actions, failed sign-ins, lockouts and unlocks"
              + " (filter by action or target; at most 1000 entries)")
  List<AuditLog.Entry> entries(
      @RequestParam Optional<String> action,
      @RequestParam Optional<String> target,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX);
    }
    return audit.list(action, target, limit);
  }
}
