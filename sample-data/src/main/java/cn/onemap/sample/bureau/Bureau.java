package cn.onemap.sample.bureau;

import java.nio.charset.Charset;
import java.util.List;

/**
 * One bureau's export: file name stem, encoding, header, which column holds the address, and how
 * often its records point at a room rather than a door plate.
 */
record Bureau(
    String file, String department, Charset charset, List<String> header, double roomShare) {

  static final List<Bureau> ALL =
      List.of(
          new Bureau(
              "gongan_huji",
              "公安",
              java.nio.charset.StandardCharsets.UTF_8,
              List.of("记录编号", "姓名", "证件号码", "户籍地址", "登记日期"),
              0.8),
          new Bureau(
              "minzheng_jiuzhu",
              "民政",
              java.nio.charset.StandardCharsets.UTF_8,
              List.of("编号", "申请人", "联系电话", "居住地址", "救助类别"),
              0.7),
          new Bureau(
              "shichang_zhuti",
              "市场监管",
              Charset.forName("GBK"),
              List.of("统一社会信用代码", "企业名称", "法定代表人", "经营场所", "成立日期"),
              0.1),
          new Bureau(
              "weijian_jigou",
              "卫健",
              java.nio.charset.StandardCharsets.UTF_8,
              List.of("编号", "机构或个人", "地址", "类别", "登记时间"),
              0.5),
          new Bureau(
              "chengguan_anjian",
              "城管",
              java.nio.charset.StandardCharsets.UTF_8,
              List.of("案件编号", "问题描述", "发生地址", "上报时间"),
              0.05));
}
