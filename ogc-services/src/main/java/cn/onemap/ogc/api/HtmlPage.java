package cn.onemap.ogc.api;

import cn.onemap.ogc.http.OgcResponse;
import java.nio.charset.StandardCharsets;

/**
 * A self-contained, server-rendered HTML page of the API (conformance class {@code html}): one
 * inline style sheet (the portal's CSP allows inline styles, not scripts), no script, no external
 * resource. Every text and attribute value goes through {@link #esc}, so attribute values of
 * features cannot inject markup. Headings are Chinese; the page links its JSON alternate.
 */
final class HtmlPage {
  static final String MEDIA_TYPE = "text/html; charset=UTF-8";

  private static final String STYLE =
      "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0;color:#212529}"
          + "header{background:#1864ab;color:#fff;padding:10px 16px}"
          + "header a{color:#fff}nav{font-size:14px;margin-top:4px}"
          + "main{padding:12px 16px;max-width:1200px}"
          + "h1{font-size:22px;margin:4px 0}h2{font-size:18px;margin:18px 0 6px}"
          + "table{border-collapse:collapse;font-size:14px;display:block;overflow-x:auto}"
          + "th,td{border:1px solid #ced4da;padding:4px 8px;text-align:left;vertical-align:top;"
          + "white-space:nowrap}"
          + "th{background:#e9ecef}a{color:#1864ab}"
          + ".map{width:100%;max-width:480px;height:auto;border:1px solid #ced4da;display:block;margin-bottom:8px}"
          + ".pager a,.alt a{margin-right:16px}";

  private final StringBuilder html = new StringBuilder(4096);

  /**
   * @param crumbs text then link of each step of the path to this page, e.g. {@code "首页", href,
   *     "数据集合", href}
   */
  HtmlPage(String title, String jsonHref, String jsonType, String... crumbs) {
    html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(esc(title))
        .append(" - 梅州市一张图 OGC API</title>")
        .append("<link rel=\"alternate\" type=\"")
        .append(esc(jsonType))
        .append("\" href=\"")
        .append(esc(jsonHref))
        .append("\"><style>")
        .append(STYLE)
        .append("</style></head><body><header><div>梅州市一张图 · OGC API Features</div><nav>");
    for (int i = 0; i + 1 < crumbs.length; i += 2) {
      if (i > 0) {
        html.append(" › ");
      }
      a(crumbs[i + 1], crumbs[i]);
    }
    html.append("</nav></header><main><h1>").append(esc(title)).append("</h1>");
    html.append("<p class=\"alt\">其他格式：");
    a(jsonHref, "JSON");
    html.append("</p>");
  }

  HtmlPage h2(String text) {
    html.append("<h2>").append(esc(text)).append("</h2>");
    return this;
  }

  HtmlPage p(String text) {
    html.append("<p>").append(esc(text)).append("</p>");
    return this;
  }

  HtmlPage a(String href, String text) {
    html.append("<a href=\"").append(esc(href)).append("\">").append(esc(text)).append("</a>");
    return this;
  }

  /** Markup built by this package (the SVG map, table rows made with {@link #esc}). */
  HtmlPage raw(String markup) {
    html.append(markup);
    return this;
  }

  HtmlPage open(String tag) {
    html.append('<').append(tag).append('>');
    return this;
  }

  HtmlPage close(String tag) {
    html.append("</").append(tag).append('>');
    return this;
  }

  /** One table row: header cells when {@code header}, text escaped. */
  HtmlPage row(boolean header, String... cells) {
    html.append("<tr>");
    for (String c : cells) {
      html.append(header ? "<th>" : "<td>").append(esc(c)).append(header ? "</th>" : "</td>");
    }
    html.append("</tr>");
    return this;
  }

  OgcResponse response() {
    html.append("</main></body></html>");
    byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
    return OgcResponse.ok(MEDIA_TYPE, out -> out.write(bytes));
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    var sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
