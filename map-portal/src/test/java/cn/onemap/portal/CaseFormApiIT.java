package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The task forms over HTTP on the sample city: the acceptor reads the form of 受理立案 (its actions
 * with Chinese titles), others get 403, an unknown task 404; a completion that does not fill the
 * form is 400 INVALID_FORM with the JSON pointer and changes nothing; an admin deploys the process
 * with its forms as a ZIP, suspends and activates the version (audited), and bad archives are 400
 * INVALID_PROCESS with nothing deployed.
 */
class CaseFormApiIT extends SampleCityTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORMS = "workflow/process/forms/";

  @LocalServerPort int port;

  private Http admin() {
    return new Http(port).basic("admin", ADMIN_PASSWORD);
  }

  private Http user(String name) {
    return new Http(port).basic(name, name + "-password-1");
  }

  private String createUser(String prefix, String role) throws Exception {
    String name = prefix + UUID.randomUUID().toString().substring(0, 6);
    Http.Response r =
        admin()
            .postJson(
                "/api/admin/users",
                JSON.writeValueAsString(
                    Map.of(
                        "username",
                        name,
                        "password",
                        name + "-password-1",
                        "displayName",
                        name,
                        "roles",
                        List.of(role))));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return name;
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = CaseFormApiIT.class.getClassLoader().getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  private static byte[] zip(Map<String, byte[]> changed) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("city-case.bpmn20.xml", resource("workflow/process/city-case.bpmn20.xml"));
    for (String key :
        List.of(
            "register",
            "approveRegister",
            "dispatch",
            "handle",
            "approveExtension",
            "approveSuspension",
            "suspended",
            "verify",
            "close")) {
      entries.put("forms/" + key + ".json", resource(FORMS + key + ".json"));
    }
    entries.putAll(changed);
    entries.values().removeIf(v -> v.length == 0);
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aTaskHasItsFormAndACompletionMustFillIt() throws Exception {
    String acceptor = createUser("facc", "ACCEPTOR");
    String viewer = createUser("fgm", "GRID_MANAGER");
    Http.Response created =
        admin()
            .postJson(
                "/api/cases",
                JSON.writeValueAsString(
                    Map.of(
                        "category", "暴露垃圾", "description", "表单测试", "lon", 116.112, "lat", 24.288)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String task = created.json().at("/task/id").asText();

    Http.Response form = user(acceptor).get("/api/tasks/" + task + "/form");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    JsonNode outcome = form.json().at("/properties/outcome");
    assertThat(outcome.get("enum").toString()).contains("register", "reject", "merge");
    assertThat(outcome.at("/x-enumTitles/reject").asText()).isEqualTo("不予立案");
    assertThat(form.json().at("/properties/note/title").asText()).isEqualTo("办理意见");
    assertThat(user(viewer).get("/api/tasks/" + task + "/form").status()).isEqualTo(403);
    assertThat(user(acceptor).get("/api/tasks/nosuchtask/form").status()).isEqualTo(404);

    int versions =
        admin()
            .get("/api/cases/" + created.json().get("caseNo").asText())
            .json()
            .get("history")
            .size();
    Http.Response noReason =
        user(acceptor).postJson("/api/tasks/" + task + "/complete", "{\"outcome\":\"reject\"}");
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.json().get("error").asText()).isEqualTo("INVALID_FORM");
    assertThat(noReason.json().at("/details/errors/0/message").asText()).contains("note");
    Http.Response badHours =
        user(acceptor)
            .postJson(
                "/api/tasks/" + task + "/complete",
                "{\"outcome\":\"register\",\"extensionHours\":\"many\"}");
    assertThat(badHours.status()).isEqualTo(400);
    assertThat(badHours.json().at("/details/errors/0/pointer").asText())
        .isEqualTo("/extensionHours");
    Http.Response wrongStep =
        user(acceptor).postJson("/api/tasks/" + task + "/complete", "{\"outcome\":\"close\"}");
    assertThat(wrongStep.json().at("/details/errors/0/pointer").asText()).isEqualTo("/outcome");
    assertThat(
            admin()
                .get("/api/cases/" + created.json().get("caseNo").asText())
                .json()
                .get("history")
                .size())
        .isEqualTo(versions);
    Http.Response ok =
        user(acceptor)
            .postJson(
                "/api/tasks/" + task + "/complete", "{\"outcome\":\"reject\",\"note\":\"重复上报\"}");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
  }

  @Test
  void adminsDeployAProcessWithItsFormsAsAZipAndSuspendAVersion() throws Exception {
    int before = admin().get("/api/admin/processes").json().size();
    List<Map<String, byte[]>> bad =
        List.of(
            Map.of("forms/verify.json", new byte[0]),
            Map.of("forms/verify.json", "{\"properties\": 3}".getBytes(StandardCharsets.UTF_8)),
            Map.of(
                "forms/verify.json",
                new String(resource(FORMS + "verify.json"), StandardCharsets.UTF_8)
                    .replace("\"fail\"\n", "\"fail\", \"close\"\n")
                    .getBytes(StandardCharsets.UTF_8)),
            Map.of("../../etc/x.json", "{}".getBytes(StandardCharsets.UTF_8)),
            Map.of("forms/big.json", new byte[(1 << 20) + 1]));
    for (Map<String, byte[]> change : bad) {
      Http.Response r = admin().postBytes("/api/admin/processes", "application/zip", zip(change));
      assertThat(r.status()).as(change.keySet() + " " + r.body()).isEqualTo(400);
      assertThat(r.json().get("error").asText()).isEqualTo("INVALID_PROCESS");
    }
    Http.Response garbage =
        admin().postBytes("/api/admin/processes", "application/zip", "not a zip".getBytes());
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(admin().get("/api/admin/processes").json().size()).isEqualTo(before);
    String gm = createUser("fgm", "GRID_MANAGER");
    assertThat(
            user(gm).postBytes("/api/admin/processes", "application/zip", zip(Map.of())).status())
        .isEqualTo(403);

    Http.Response deployed =
        admin().postBytes("/api/admin/processes?name=zip-it", "application/zip", zip(Map.of()));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    String id = deployed.json().get(0).get("id").asText();
    assertThat(deployed.json().get(0).get("latest").asBoolean()).isTrue();
    Http.Response suspended = admin().postJson("/api/admin/processes/" + id + "/suspend", "");
    assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
    assertThat(suspended.json().get("suspended").asBoolean()).isTrue();
    Http.Response activated = admin().postJson("/api/admin/processes/" + id + "/activate", "");
    assertThat(activated.json().get("suspended").asBoolean()).isFalse();
    assertThat(admin().postJson("/api/admin/processes/nope:1:2/suspend", "").status())
        .isEqualTo(404);
    assertThat(admin().get("/api/admin/audit?action=PROCESS_").body())
        .contains("PROCESS_SUSPENDED");
  }
}
