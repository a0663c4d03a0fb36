package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 综合评价 over HTTP on the small sample city: a case reported, dispatched to the 环境卫生管理处 and closed
 * today shows up in today's evaluation by department (with the department's Chinese name), by unit
 * grid (its 社区 and number) and by category (its code), and in the CSV for Excel (BOM, Chinese
 * header, the total last). Viewers, grid managers and handlers get 403; bad dates and groupings 400
 * — all JSON.
 */
class CaseEvaluationApiIT extends SampleCityTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double LON = 116.112;
  private static final double LAT = 24.288;

  @LocalServerPort int port;

  private Http admin() {
    return new Http(port).basic("admin", ADMIN_PASSWORD);
  }

  private Http user(String name) {
    return new Http(port).basic(name, name + "-password-1");
  }

  private String createUser(String prefix, String role, String department) throws Exception {
    String name = prefix + UUID.randomUUID().toString().substring(0, 6);
    Http.Response r =
        admin()
            .postJson(
                "/api/admin/users",
                JSON.writeValueAsString(
                    Map.of(
                        "username", name,
                        "password", name + "-password-1",
                        "displayName", name,
                        "department", department,
                        "roles", List.of(role))));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return name;
  }

  private void act(Http who, String caseNo, String key, Map<String, Object> body) throws Exception {
    for (JsonNode t : who.get("/api/tasks").json()) {
      if (t.get("caseNo").asText().equals(caseNo) && t.get("key").asText().equals(key)) {
        Http.Response r =
            who.postJson(
                "/api/tasks/" + t.get("id").asText() + "/complete", JSON.writeValueAsString(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return;
      }
    }
    throw new AssertionError("no " + key + " task of " + caseNo);
  }

  private static JsonNode rowOf(JsonNode evaluation, String code) {
    for (JsonNode r : evaluation.get("rows")) {
      if (r.get("code").asText().equals(code)) {
        return r;
      }
    }
    throw new AssertionError("no row " + code + " in " + evaluation);
  }

  @Test
  void leadersReadTodaysFiguresAsJsonAndCsvOthersAreRefused() throws Exception {
    String leader = createUser("boss", "LEADER", "");
    String acceptor = createUser("acc", "ACCEPTOR", "");
    String shift = createUser("shift", "SHIFT_LEADER", "");
    String dispatcher = createUser("disp", "DISPATCHER", "");
    String cleaner = createUser("hw", "HANDLER", "HW01");
    String viewer = createUser("view", "VIEWER", "");

    String no =
        admin()
            .postJson(
                "/api/cases",
                JSON.writeValueAsString(
                    Map.of("category", "暴露垃圾", "description", "垃圾", "lon", LON, "lat", LAT)))
            .json()
            .get("caseNo")
            .asText();
    String grid = admin().get("/api/cases/" + no).json().at("/attributes/bgid").asText();
    String gm = createUser("gm", "GRID_MANAGER", "");
    assertThat(
            admin()
                .putJson("/api/admin/users/" + gm + "/grids", "{\"grids\":[\"" + grid + "\"]}")
                .status())
        .isEqualTo(200);
    act(user(acceptor), no, "register", Map.of("outcome", "register"));
    act(user(shift), no, "approveRegister", Map.of("outcome", "approve"));
    act(user(dispatcher), no, "dispatch", Map.of("outcome", "dispatch", "department", "HW01"));
    act(user(cleaner), no, "handle", Map.of("outcome", "done"));
    act(user(gm), no, "verify", Map.of("outcome", "pass"));
    act(user(shift), no, "close", Map.of("outcome", "close"));

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String period = "from=" + today + "&to=" + today.plusDays(1);
    Http.Response byDept = user(leader).get("/api/cases/evaluation?" + period + "&by=department");
    assertThat(byDept.status()).as(byDept.body()).isEqualTo(200);
    assertThat(byDept.contentType()).startsWith("application/json");
    JsonNode e = byDept.json();
    assertThat(e.get("by").asText()).isEqualTo("department");
    JsonNode hw = rowOf(e, "HW01");
    assertThat(hw.get("name").asText()).isEqualTo("梅州市环境卫生管理处");
    assertThat(hw.get("closed").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(hw.get("closedOnTime").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(hw.get("onTimeRate").asDouble()).isBetween(0.0, 1.0);
    assertThat(hw.get("meanHandleHours").isNumber()).isTrue();
    JsonNode total = e.get("total");
    assertThat(total.get("name").asText()).isEqualTo("全市合计");
    int sum = 0;
    for (JsonNode r : e.get("rows")) {
      sum += r.get("reported").asInt();
    }
    assertThat(total.get("reported").asInt()).isEqualTo(sum).isGreaterThanOrEqualTo(1);

    JsonNode byGrid = user(dispatcher).get("/api/cases/evaluation?" + period + "&by=grid").json();
    assertThat(rowOf(byGrid, grid).get("name").asText()).endsWith("号网格");
    JsonNode byCategory =
        user(shift).get("/api/cases/evaluation?" + period + "&by=category").json();
    assertThat(rowOf(byCategory, "E0101").get("name").asText()).isEqualTo("暴露垃圾");

    // CSV for Excel: BOM, Chinese header, a line per row, the total last; by Accept or format=.
    for (Http.Response csv :
        List.of(
            user(leader).get("/api/cases/evaluation?" + period + "&format=csv"),
            user(leader).get("/api/cases/evaluation?" + period, "Accept", "text/csv"))) {
      assertThat(csv.status()).as(csv.body()).isEqualTo(200);
      assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("utf-8");
      assertThat(csv.body().charAt(0)).isEqualTo('\uFEFF');
      List<String> lines = csv.body().substring(1).lines().toList();
      assertThat(lines.get(0)).startsWith("处置部门代码,处置部门名称,上报案件数,结案数,按期结案数,按期结案率");
      assertThat(lines).anyMatch(l -> l.startsWith("HW01,梅州市环境卫生管理处,"));
      assertThat(lines.get(lines.size() - 1)).startsWith(",全市合计," + sum + ",");
      assertThat(lines).hasSize(e.get("rows").size() + 2);
    }

    // Refused: anonymous 401; a viewer, a handler 403; bad dates or grouping 400; all JSON.
    assertThat(new Http(port).get("/api/cases/evaluation?" + period).status()).isEqualTo(401);
    for (String who : List.of(viewer, cleaner)) {
      Http.Response refused = user(who).get("/api/cases/evaluation?" + period);
      assertThat(refused.status()).as(refused.body()).isEqualTo(403);
      assertThat(refused.json().get("error").asText()).isEqualTo("NOT_AN_EVALUATOR");
    }
    for (String bad :
        List.of(
            "from=2026-13-01&to=2026-12-01",
            "from=2026-03-01&to=2026-03-01",
            "to=2026-03-01",
            "from=2026-03-01&to=2026-04-01&by=street",
            "from=2026-03-01&to=2026-04-01&by=street&format=csv")) {
      for (Http.Response r :
          List.of(
              user(leader).get("/api/cases/evaluation?" + bad),
              user(leader).get("/api/cases/evaluation?" + bad, "Accept", "text/csv"))) {
        assertThat(r.status()).as(bad + " " + r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().get("error").asText()).isEqualTo("INVALID_EVALUATION");
      }
    }
  }
}
