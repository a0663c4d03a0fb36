package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 数字城管 case API of the running portal on the small sample city, one user per role: a grid
 * manager reports a case at a real point of the city (filed with its unit grid; resent with the
 * same key, the same case), the centre registers, approves and dispatches it, the department
 * handles it, the grid manager verifies it, the shift leader closes it; every wrong caller, a
 * second act on a task, a position outside the city and an unknown category get a 4xx JSON error.
 * Admins set a grid manager's grids and deploy processes (a broken one is refused).
 */
class CaseApiIT extends SampleCityTestBase {
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

  private JsonNode taskOf(Http who, String caseNo, String key) {
    Http.Response tasks = who.get("/api/tasks");
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    for (JsonNode t : tasks.json()) {
      if (t.get("caseNo").asText().equals(caseNo)) {
        assertThat(t.get("key").asText()).isEqualTo(key);
        return t;
      }
    }
    throw new AssertionError("no task of " + caseNo + " in " + tasks.body());
  }

  private JsonNode complete(Http who, JsonNode task, Map<String, Object> body) throws Exception {
    Http.Response r =
        who.postJson(
            "/api/tasks/" + task.get("id").asText() + "/complete", JSON.writeValueAsString(body));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void aCaseGoesFromAGridManagersReportToClosure() throws Exception {
    String grid =
        admin()
            .get("/api/reverse-geocode?x=" + LON + "&y=" + LAT)
            .json()
            .findValues("containing")
            .get(0)
            .findValues("code")
            .stream()
            .map(JsonNode::asText)
            .filter(c -> c.length() == 14)
            .findFirst()
            .orElseThrow();
    String gm = createUser("gm", "GRID_MANAGER", "");
    String other = createUser("gmx", "GRID_MANAGER", "");
    String acceptor = createUser("acc", "ACCEPTOR", "");
    String leader = createUser("lead", "SHIFT_LEADER", "");
    String dispatcher = createUser("disp", "DISPATCHER", "");
    String water = createUser("water", "HANDLER", "SZJ");
    String viewer = createUser("view", "VIEWER", "");
    assertThat(
            admin()
                .putJson("/api/admin/users/" + gm + "/grids", "{\"grids\":[\"" + grid + "\"]}")
                .status())
        .isEqualTo(200);
    Http.Response unknownGrid =
        admin().putJson("/api/admin/users/" + other + "/grids", "{\"grids\":[\"X1\"]}");
    assertThat(unknownGrid.status()).isEqualTo(400);
    assertThat(unknownGrid.json().get("error").asText()).isEqualTo("UNKNOWN_GRID");

    String key = UUID.randomUUID().toString();
    String report =
        JSON.writeValueAsString(
            Map.of(
                "category", "暴露垃圾",
                "description", "路口垃圾堆放",
                "lon", LON,
                "lat", LAT,
                "idempotencyKey", key));
    // Refused: anonymous, a viewer, outside the city, an unknown category; nothing is filed.
    assertThat(new Http(port).postJson("/api/cases", report).status()).isEqualTo(401);
    assertThat(user(viewer).postJson("/api/cases", report).status()).isEqualTo(403);
    Http.Response outside =
        user(gm).postJson("/api/cases", report.replace(String.valueOf(LON), "117.9"));
    assertThat(outside.status()).as(outside.body()).isEqualTo(400);
    assertThat(outside.json().get("error").asText()).isEqualTo("OUTSIDE_CITY");
    Http.Response unknown = user(gm).postJson("/api/cases", report.replace("暴露垃圾", "外星人"));
    assertThat(unknown.json().get("error").asText()).isEqualTo("UNKNOWN_CATEGORY");

    Http.Response created = user(gm).postJson("/api/cases", report);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String no = created.json().get("caseNo").asText();
    assertThat(created.json().at("/attributes/bgid").asText()).isEqualTo(grid);
    // Position is the truth: community, street and county come from the polygons that contain it.
    String county = created.json().at("/attributes/county_code").asText();
    assertThat(county).hasSize(6);
    assertThat(created.json().at("/attributes/street_code").asText()).hasSize(9).startsWith(county);
    assertThat(created.json().at("/attributes/community_code").asText())
        .startsWith(created.json().at("/attributes/street_code").asText());
    assertThat(grid).startsWith(created.json().at("/attributes/community_code").asText());
    assertThat(created.json().at("/attributes/area_name").asText()).contains("区").contains(" ");
    assertThat(created.json().at("/attributes/status").asText()).isEqualTo("已上报");
    assertThat(created.json().at("/task/key").asText()).isEqualTo("register");
    assertThat(created.json().at("/task/dueAt").isTextual()).isTrue();
    assertThat(user(gm).postJson("/api/cases", report).json().get("caseNo").asText())
        .as("the same key again")
        .isEqualTo(no);

    // The steps, each by its role; a grid manager cannot register, nobody acts twice.
    JsonNode register = taskOf(user(acceptor), no, "register");
    Http.Response notYours =
        user(gm)
            .postJson(
                "/api/tasks/" + register.get("id").asText() + "/complete",
                "{\"outcome\":\"register\"}");
    assertThat(notYours.status()).isEqualTo(403);
    assertThat(notYours.json().get("error").asText()).isEqualTo("NOT_YOUR_TASK");
    complete(user(acceptor), register, Map.of("outcome", "register"));
    Http.Response twice =
        user(acceptor)
            .postJson(
                "/api/tasks/" + register.get("id").asText() + "/complete",
                "{\"outcome\":\"register\"}");
    assertThat(twice.status()).isEqualTo(409);
    complete(
        user(leader), taskOf(user(leader), no, "approveRegister"), Map.of("outcome", "approve"));
    Http.Response noDepartment =
        user(dispatcher)
            .postJson(
                "/api/tasks/"
                    + taskOf(user(dispatcher), no, "dispatch").get("id").asText()
                    + "/complete",
                "{\"outcome\":\"dispatch\"}");
    assertThat(noDepartment.status()).isEqualTo(400);
    complete(
        user(dispatcher),
        taskOf(user(dispatcher), no, "dispatch"),
        Map.of("outcome", "dispatch", "department", "SZJ"));
    complete(user(water), taskOf(user(water), no, "handle"), Map.of("outcome", "done"));
    assertThat(user(other).get("/api/tasks").body()).doesNotContain(no);
    complete(user(gm), taskOf(user(gm), no, "verify"), Map.of("outcome", "pass"));
    JsonNode closed =
        complete(user(leader), taskOf(user(leader), no, "close"), Map.of("outcome", "close"));
    assertThat(closed.at("/attributes/status").asText()).isEqualTo("已结案");

    // The history, and who may see the case.
    JsonNode shown = admin().get("/api/cases/" + no).json();
    assertThat(shown.get("history").size()).isGreaterThanOrEqualTo(7);
    assertThat(shown.get("history").findValuesAsText("by")).contains(gm, acceptor, water, leader);
    assertThat(user(other).get("/api/cases/" + no).status()).isEqualTo(404);
    assertThat(user(water).get("/api/cases/" + no).status()).isEqualTo(200);
    assertThat(user(gm).get("/api/cases?limit=10").body()).contains(no);
    assertThat(user(other).get("/api/cases?limit=10").body()).doesNotContain(no);
    // Dates: a bare `to` date includes its whole day (Beijing); a day before the report excludes
    // it.
    String reportedDay =
        java.time.LocalDate.ofInstant(
                java.time.Instant.parse(shown.at("/attributes/reported_at").asText()),
                java.time.ZoneId.of("Asia/Shanghai"))
            .toString();
    assertThat(user(gm).get("/api/cases?from=" + reportedDay + "&to=" + reportedDay).body())
        .contains(no);
    assertThat(
            user(gm)
                .get("/api/cases?to=" + java.time.LocalDate.parse(reportedDay).minusDays(1))
                .body())
        .doesNotContain(no);
    Http.Response badDate = user(gm).get("/api/cases?from=yesterday");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("error").asText()).isEqualTo("INVALID_QUERY");
    assertThat(user(gm).get("/api/cases?offset=-1").status()).isEqualTo(400);
    // The case is a feature of the events layer, as every map and service shows it.
    assertThat(admin().get("/api/layers/events/features/" + no).body()).contains("已结案");

    JsonNode categories = user(gm).get("/api/cases/categories").json();
    assertThat(categories.findValuesAsText("name")).contains("暴露垃圾");

    // The dispatcher's department picker: codes with Chinese names.
    JsonNode departments = user(gm).get("/api/cases/departments").json();
    assertThat(departments.findValuesAsText("code")).contains("SW01", "HW01", "PS01");
    assertThat(departments.findValuesAsText("name")).contains("梅州市供水有限公司");
  }

  @Test
  void adminsListAndDeployProcessesAndABrokenOneIsRefused() {
    JsonNode definitions = admin().get("/api/admin/processes").json();
    assertThat(definitions.findValuesAsText("key")).contains("cityCase");
    Http.Response broken =
        admin()
            .send(
                "POST",
                "/api/admin/processes",
                "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
                    + "<process id=\"p\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                    + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"nowhere\"/></process>"
                    + "</definitions>",
                "Content-Type",
                "application/xml");
    assertThat(broken.status()).as(broken.body()).isEqualTo(400);
    assertThat(broken.json().get("error").asText()).isEqualTo("INVALID_PROCESS");
    assertThat(new Http(port).get("/api/admin/processes").status()).isEqualTo(401);
  }
}
