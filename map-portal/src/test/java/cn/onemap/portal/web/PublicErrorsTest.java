package cn.onemap.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicErrorsTest {

  @Test
  void pathsBecomeFileNames() {
    assertThat(
            PublicErrors.message(
                "SOURCE_UNREADABLE",
                "cannot read /var/lib/onemap/jobs/3f2a/upload/roads.shp: not a .shp file"))
        .isEqualTo("cannot read roads.shp: not a .shp file");
    assertThat(
            PublicErrors.details(
                "SOURCE_UNREADABLE", Map.of("file", "/tmp/onemap/jobs/1/x.gpkg", "row", 3)))
        .containsEntry("file", "x.gpkg")
        .containsEntry("row", 3);
    assertThat(PublicErrors.message("X", "C:\\data\\jobs\\a.csv is empty"))
        .isEqualTo("a.csv is empty");
  }

  @Test
  void sqlAndDriverTextIsCutOff() {
    assertThat(
            PublicErrors.message(
                "SOURCE_UNREADABLE",
                "ghost.gpkg: cannot read as a GeoPackage: [SQLITE_ERROR] SQL error or missing"
                    + " database (no such table: ghost)"))
        .startsWith("ghost.gpkg: cannot read as a GeoPackage")
        .doesNotContain("SQLITE")
        .doesNotContain("ghost)");
    assertThat(
            PublicErrors.message(
                "IMPORT_FAILED", "write failed: SELECT \"name\" FROM \"roads\" WHERE x = 1"))
        .isEqualTo("write failed " + "（技术细节已记录在服务器日志中）");
  }

  @Test
  void internalErrorsShowNoText() {
    assertThat(
            PublicErrors.message("JOB_FAILED", "NullPointerException at cn.onemap.X.y(X.java:3)"))
        .isEqualTo(PublicErrors.INTERNAL_MESSAGE);
    assertThat(PublicErrors.message("STORE_ERROR", "database read failed: org.h2.jdbc..."))
        .isEqualTo(PublicErrors.INTERNAL_MESSAGE);
    assertThat(PublicErrors.details("STORE_ERROR", Map.of("sql", "SELECT 1"))).isEmpty();
  }

  @Test
  void ordinaryMessagesStayAsTheyAre() {
    String text = "unknown column 'adress'; select one of: name, address";
    assertThat(PublicErrors.message("UNKNOWN_COLUMN", text)).isEqualTo(text);
  }
}
