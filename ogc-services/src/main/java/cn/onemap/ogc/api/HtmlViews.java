package cn.onemap.ogc.api;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.ogc.api.ApiRequest.Format;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The HTML encoding of every resource (landing page, conformance, collections, a collection, items,
 * a feature): headings and labels in Chinese, links to the JSON alternate and to every related
 * resource, prev/next paging on items, and a small SVG map ({@link SvgMap}) of the features shown.
 */
final class HtmlViews {
  static final String API_TITLE = "梅州市一张图 OGC API Features";
  static final String API_DESCRIPTION = "梅州市时空信息云平台要素服务";

  private HtmlViews() {}

  static OgcResponse landing(OgcRequest req) {
    HtmlPage page =
        new HtmlPage(
            API_TITLE,
            ApiRequest.link(req, "/", Format.JSON),
            "application/json",
            "首页",
            html(req, "/"));
    page.p(API_DESCRIPTION).open("ul");
    item(page, html(req, "/collections"), "数据集合", "本服务发布的全部图层");
    item(page, html(req, "/conformance"), "符合性", "本服务实现的 OGC 标准符合性类");
    item(page, req.link("/api"), "API 定义", "OpenAPI 3.0 文档（JSON）");
    return page.close("ul").response();
  }

  static OgcResponse conformance(OgcRequest req) {
    HtmlPage page =
        new HtmlPage(
            "符合性",
            ApiRequest.link(req, "/conformance", Format.JSON),
            "application/json",
            "首页",
            html(req, "/"),
            "符合性",
            html(req, "/conformance"));
    page.p("本服务实现以下符合性类：").open("ul");
    for (String c : OgcApiFeatures.CONFORMANCE) {
      page.open("li").raw(HtmlPage.esc(c)).close("li");
    }
    return page.close("ul").response();
  }

  static OgcResponse collections(OgcRequest req, List<CollectionInfo> infos) {
    HtmlPage page =
        new HtmlPage(
            "数据集合",
            ApiRequest.link(req, "/collections", Format.JSON),
            "application/json",
            "首页",
            html(req, "/"),
            "数据集合",
            html(req, "/collections"));
    page.p("共 " + infos.size() + " 个数据集合。").open("table");
    page.row(true, "名称", "标识", "几何类型", "要素", "其他格式");
    for (CollectionInfo info : infos) {
      String path = info.path();
      page.open("tr").open("td").a(html(req, path), info.layer().title()).close("td");
      page.open("td").raw(HtmlPage.esc(info.layer().id())).close("td");
      page.open("td").raw(HtmlPage.esc(geometryLabel(info.layer()))).close("td");
      page.open("td").a(html(req, path + "/items"), "浏览要素").close("td");
      page.open("td")
          .a(ApiRequest.link(req, path, Format.JSON), "JSON")
          .raw(" ")
          .a(ApiRequest.link(req, path + "/items", Format.JSON), "GeoJSON")
          .raw(" ")
          .a(req.link(path + "/queryables"), "可查询属性")
          .close("td")
          .close("tr");
    }
    return page.close("table").response();
  }

  static OgcResponse collection(OgcRequest req, CollectionInfo info) {
    LayerDefinition l = info.layer();
    String path = info.path();
    HtmlPage page =
        new HtmlPage(
            l.title(),
            ApiRequest.link(req, path, Format.JSON),
            "application/json",
            "首页",
            html(req, "/"),
            "数据集合",
            html(req, "/collections"),
            l.title(),
            html(req, path));
    page.open("p")
        .a(html(req, path + "/items"), "浏览要素")
        .raw(" · ")
        .a(ApiRequest.link(req, path + "/items", Format.JSON), "要素 GeoJSON")
        .raw(" · ")
        .a(req.link(path + "/queryables"), "可查询属性")
        .close("p");
    page.open("table").row(false, "标识", l.id()).row(false, "几何类型", geometryLabel(l));
    page.row(
        false,
        "空间范围（经度, 纬度）",
        info.bbox()
            .map(
                e ->
                    String.format(
                        Locale.ROOT,
                        "%.6f, %.6f — %.6f, %.6f",
                        e.getMinX(),
                        e.getMinY(),
                        e.getMaxX(),
                        e.getMaxY()))
            .orElse("暂无要素"));
    page.row(
        false,
        "时间范围",
        info.firstValidFrom()
            .map(t -> t + " 至今（datetime 参数可查询任一时刻的状态）")
            .orElse(l.versioned() ? "暂无要素" : "不保留历史"));
    page.close("table").h2("属性").open("table").row(true, "字段", "名称", "类型");
    for (AttributeDefinition a : l.attributes()) {
      page.row(false, a.name(), a.label(), a.type().name());
    }
    return page.close("table").response();
  }

  static OgcResponse items(
      OgcRequest req,
      LayerDefinition layer,
      List<Feature> features,
      long matched,
      long offset,
      ItemsHandler.PageLinks links) {
    String path = "/collections/" + ApiRequest.segment(layer.id());
    HtmlPage page =
        new HtmlPage(
            layer.title(),
            links.alternate(),
            "application/geo+json",
            "首页",
            html(req, "/"),
            "数据集合",
            html(req, "/collections"),
            layer.title(),
            html(req, path),
            "要素",
            links.self());
    page.p(
        features.isEmpty()
            ? "共 " + matched + " 个要素，本页没有要素。"
            : "共 "
                + matched
                + " 个要素，本页显示第 "
                + (offset + 1)
                + "–"
                + (offset + features.size())
                + " 个。");
    page.raw(SvgMap.of(features.stream().flatMap(f -> f.geometry().stream()).toList()));
    pager(page, links);
    page.open("table");
    page.open("tr").raw("<th>标识</th>");
    for (AttributeDefinition a : layer.attributes()) {
      page.raw("<th>" + HtmlPage.esc(a.label()) + "</th>");
    }
    page.raw("<th>几何</th>").close("tr");
    for (Feature f : features) {
      page.open("tr").open("td").a(itemLink(req, path, f.id()), f.id()).close("td");
      for (AttributeDefinition a : layer.attributes()) {
        page.raw("<td>" + HtmlPage.esc(text(f.attribute(a.name()))) + "</td>");
      }
      page.raw(
          "<td>" + HtmlPage.esc(f.geometry().map(Geometry::getGeometryType).orElse("")) + "</td>");
      page.close("tr");
    }
    page.close("table");
    pager(page, links);
    return page.response();
  }

  static OgcResponse item(
      OgcRequest req, LayerDefinition layer, Feature f, String jsonHref, String collectionHref) {
    String path = "/collections/" + ApiRequest.segment(layer.id());
    HtmlPage page =
        new HtmlPage(
            layer.title() + " " + f.id(),
            jsonHref,
            "application/geo+json",
            "首页",
            html(req, "/"),
            "数据集合",
            html(req, "/collections"),
            layer.title(),
            collectionHref,
            "要素",
            html(req, path + "/items"),
            f.id(),
            itemLink(req, path, f.id()));
    page.raw(SvgMap.of(f.geometry().stream().toList()));
    page.open("table").row(true, "属性", "值").row(false, "标识", f.id());
    for (AttributeDefinition a : layer.attributes()) {
      page.row(false, a.label(), text(f.attribute(a.name())));
    }
    page.row(false, "几何", f.geometry().map(Geometry::getGeometryType).orElse(""));
    page.row(false, "版本", String.valueOf(f.version().number()));
    page.row(false, "生效时间", f.version().validFrom().toString());
    return page.close("table").response();
  }

  private static void pager(HtmlPage page, ItemsHandler.PageLinks links) {
    page.open("p class=\"pager\"");
    if (links.prev() != null) {
      page.a(links.prev(), "‹ 上一页");
    }
    if (links.next() != null) {
      page.a(links.next(), "下一页 ›");
    }
    page.close("p");
  }

  /** A feature's page; keeps {@code datetime}, so the version shown is the one listed. */
  private static String itemLink(OgcRequest req, String collectionPath, String featureId) {
    String q =
        "?f=html"
            + req.param("datetime")
                .map(t -> "&datetime=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
                .orElse("");
    return req.link(collectionPath + "/items/" + ApiRequest.segment(featureId) + q);
  }

  private static String html(OgcRequest req, String path) {
    return ApiRequest.link(req, path, Format.HTML);
  }

  private static void item(HtmlPage page, String href, String label, String note) {
    page.open("li").a(href, label).raw(" — " + HtmlPage.esc(note)).close("li");
  }

  private static String geometryLabel(LayerDefinition l) {
    return switch (l.geometryType()) {
      case POINT -> "点";
      case MULTIPOINT -> "多点";
      case LINESTRING -> "线";
      case MULTILINESTRING -> "多线";
      case POLYGON -> "面";
      case MULTIPOLYGON -> "多面";
      case GEOMETRY -> "任意几何";
    };
  }

  private static String text(Object v) {
    if (v instanceof Boolean b) {
      return b ? "是" : "否";
    }
    return Optional.ofNullable(v).map(Object::toString).orElse("");
  }
}
