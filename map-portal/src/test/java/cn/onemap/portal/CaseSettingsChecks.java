package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.portal.cases.CaseEscalationJob;
import cn.onemap.workflow.calendar.WorkingCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 办案设置 over real HTTP, shared by the H2GIS and PostGIS portals (each with a {@link MutableClock}):
 * only an admin reads and writes the settings; bad input is 400 naming the field and stores
 * nothing; marking Saturday 2026-03-07 a make-up working day (调休) moves the due date of a task
 * created afterwards from Monday to that Saturday while the task created before keeps its own; the
 * escalation job marks the overdue case once (level 1), again once when it is past twice the limit
 * (level 2, two runs at the same time), and never the case not yet due.
 */
final class CaseSettingsChecks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double LON = 116.112;
  private static final double LAT = 24.288;

  private CaseSettingsChecks() {}

  static Instant beijing(String local) {
    return LocalDateTime.parse(local).atZone(WorkingCalendar.ZONE).toInstant();
  }

  static void check(int port, String adminPassword, MutableClock clock, CaseEscalationJob job)
      throws Exception {
    Http admin = new Http(port).basic("admin", adminPassword);
    String leader = createUser(admin, "lead", "SHIFT_LEADER");
    String gm = createUser(admin, "gm", "GRID_MANAGER");
    Http asLeader = new Http(port).basic(leader, leader + "-password-1");
    Http asGm = new Http(port).basic(gm, gm + "-password-1");

    // Only an admin.
    assertThat(asLeader.get("/api/admin/cases/calendar?year=2026").status()).isEqualTo(403);
    assertThat(asLeader.putJson("/api/admin/cases/time-limits", "{\"limits\":[]}").status())
        .isEqualTo(403);
    assertThat(new Http(port).get("/api/admin/cases/working-hours").status()).isEqualTo(401);

    // Seeded from the shipped tables.
    Http.Response calendar = admin.get("/api/admin/cases/calendar?year=2026");
    assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
    JsonNode shipped = calendar.json();
    assertThat(shipped.get("covered").asBoolean()).isTrue();
    assertThat(shipped.get("entries").toString()).contains("\"2026-02-14\"", "春节调休");
    assertThat(admin.get("/api/admin/cases/calendar?year=2026&shipped=true").json().get("entries"))
        .isEqualTo(shipped.get("entries"));
    JsonNode hours = admin.get("/api/admin/cases/working-hours").json();
    assertThat(hours.get("minutesPerDay").asInt()).isEqualTo(420);
    JsonNode limits = admin.get("/api/admin/cases/time-limits").json();
    assertThat(limits.get("limits").toString())
        .contains("{\"category\":\"*\",\"stage\":\"REGISTER\",\"urgency\":\"NORMAL\",\"hours\":1}");
    assertThat(limits.get("stages").toString()).contains("立案", "处置");
    assertThat(limits.get("categories").toString()).contains("\"E0401\"", "路面塌陷");

    // Bad input: 400 naming the field, nothing stored.
    ArrayNode withBadDay = ((ArrayNode) shipped.get("entries")).deepCopy();
    withBadDay.add(day("2026-03-07", "WORKDAY", "测试调休"));
    withBadDay.add(day("2026-03-06", "WORKDAY", "周五不能调休"));
    assertBad(
        admin.putJson("/api/admin/cases/calendar?year=2026", body("entries", withBadDay)),
        "entries[" + (withBadDay.size() - 1) + "].kind");
    assertBad(
        admin.putJson(
            "/api/admin/cases/calendar?year=2026",
            body("entries", JSON.createArrayNode().add(day("2026-13-01", "HOLIDAY", "")))),
        "entries[0].date");
    assertBad(
        admin.putJson(
            "/api/admin/cases/working-hours",
            "{\"intervals\":[{\"start\":\"14:00\",\"end\":\"12:00\"}]}"),
        "intervals[0].end");
    ArrayNode badLimits = ((ArrayNode) limits.get("limits")).deepCopy();
    badLimits.add(limit("X99", "HANDLE", "NORMAL", 1));
    assertBad(
        admin.putJson("/api/admin/cases/time-limits", body("limits", badLimits)),
        "limits[" + (badLimits.size() - 1) + "].category");
    badLimits.set(badLimits.size() - 1, limit("E04", "HANDLE", "NORMAL", -1));
    assertBad(
        admin.putJson("/api/admin/cases/time-limits", body("limits", badLimits)),
        "limits[" + (badLimits.size() - 1) + "].hours");
    assertThat(admin.get("/api/admin/cases/calendar?year=2026").json()).isEqualTo(shipped);
    assertThat(admin.get("/api/admin/cases/working-hours").json()).isEqualTo(hours);
    assertThat(admin.get("/api/admin/cases/time-limits").json()).isEqualTo(limits);

    // Friday 17:00 with the 1 h 立案 limit: 30 min on Friday, the rest on Monday.
    clock.set(beijing("2026-03-06T17:00"));
    JsonNode before = report(asGm);
    assertThat(Instant.parse(before.at("/task/dueAt").asText()))
        .isEqualTo(beijing("2026-03-09T09:00"));

    // The admin makes Saturday a working day: the next task is due on Saturday.
    ArrayNode withSaturday = ((ArrayNode) shipped.get("entries")).deepCopy();
    withSaturday.add(day("2026-03-07", "WORKDAY", "测试调休"));
    Http.Response saved =
        admin.putJson("/api/admin/cases/calendar?year=2026", body("entries", withSaturday));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("entries").toString()).contains("2026-03-07", "测试调休");
    JsonNode after = report(asGm);
    assertThat(Instant.parse(after.at("/task/dueAt").asText()))
        .isEqualTo(beijing("2026-03-07T09:00"));
    assertThat(
            Instant.parse(
                asGm.get("/api/cases/" + before.get("caseNo").asText())
                    .json()
                    .at("/task/dueAt")
                    .asText()))
        .as("a running stage keeps its due date")
        .isEqualTo(beijing("2026-03-09T09:00"));
    assertThat(admin.get("/api/admin/audit?action=CASE_CALENDAR_UPDATED").body())
        .contains("CASE_CALENDAR_UPDATED");

    // Saturday 09:30: the second case is overdue, the first is not. Twice: marked once.
    clock.set(beijing("2026-03-07T09:30"));
    String overdueNo = after.get("caseNo").asText();
    String notDueNo = before.get("caseNo").asText();
    assertThat(job.run()).anyMatch(e -> e.caseNo().equals(overdueNo) && e.level() == 1);
    assertThat(job.run()).noneMatch(e -> e.caseNo().equals(overdueNo));
    assertThat(escalations(asLeader, overdueNo)).isEqualTo(1);
    assertThat(escalations(asLeader, notDueNo)).isZero();
    JsonNode listed = asLeader.get("/api/cases?overdue=true&limit=1000").json();
    JsonNode mine = null;
    for (JsonNode c : listed) {
      assertThat(c.get("caseNo").asText()).isNotEqualTo(notDueNo);
      if (c.get("caseNo").asText().equals(overdueNo)) {
        mine = c;
      }
    }
    assertThat(mine).as("the escalated case in the leader's overdue list").isNotNull();
    assertThat(mine.at("/attributes/overdue_level").asInt()).isEqualTo(1);

    // Saturday 10:01: more than twice the hour used (17:00–17:30 and 08:30–10:01): level 2, once,
    // though two runs (two nodes) go at the same time.
    clock.set(beijing("2026-03-07T10:01"));
    var pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Object> run = job::run;
      List<Future<Object>> runs = new ArrayList<>(pool.invokeAll(List.of(run, run)));
      for (Future<Object> f : runs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(job.run()).noneMatch(e -> e.caseNo().equals(overdueNo));
    assertThat(escalations(asLeader, overdueNo)).isEqualTo(2);
    JsonNode view = asLeader.get("/api/cases/" + overdueNo).json();
    assertThat(view.at("/attributes/overdue_level").asInt()).isEqualTo(2);
    assertThat(view.at("/attributes/escalated_clock").asText()).startsWith("REGISTER@");
  }

  private static long escalations(Http who, String caseNo) {
    JsonNode history = who.get("/api/cases/" + caseNo).json().get("history");
    long n = 0;
    for (JsonNode step : history) {
      if (step.get("reason").asText().equals("超时升级")) {
        n++;
      }
    }
    return n;
  }

  private static JsonNode report(Http gm) throws Exception {
    Http.Response created =
        gm.postJson(
            "/api/cases",
            JSON.writeValueAsString(
                Map.of(
                    "category",
                    "暴露垃圾",
                    "description",
                    "办案设置测试",
                    "lon",
                    LON,
                    "lat",
                    LAT,
                    "idempotencyKey",
                    UUID.randomUUID().toString())));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static void assertBad(Http.Response r, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).isEqualTo("SETTINGS_INVALID");
    assertThat(r.json().at("/details/field").asText()).isEqualTo(field);
  }

  private static ObjectNode day(String date, String kind, String name) {
    return JSON.createObjectNode().put("date", date).put("kind", kind).put("name", name);
  }

  private static ObjectNode limit(String category, String stage, String urgency, double hours) {
    return JSON.createObjectNode()
        .put("category", category)
        .put("stage", stage)
        .put("urgency", urgency)
        .put("hours", hours);
  }

  private static String body(String name, JsonNode rows) {
    return JSON.createObjectNode().set(name, rows).toString();
  }

  private static String createUser(Http admin, String prefix, String role) throws Exception {
    String name = prefix + UUID.randomUUID().toString().substring(0, 6);
    Http.Response r =
        admin.postJson(
            "/api/admin/users",
            JSON.writeValueAsString(
                Map.of(
                    "username",
                    name,
                    "password",
                    name + "-password-1",
                    "displayName",
                    name,
                    "department",
                    "",
                    "roles",
                    List.of(role))));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return name;
  }
}
