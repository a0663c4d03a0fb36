package cn.onemap.tiles.style;

import java.awt.Color;
import java.util.Map;

/**
 * CJJ 61-2017 pipeline category colours by category code. The standard names the colours (cyan,
 * brown, …); these RGB values are our reading of them, kept here so one change fixes every map.
 */
public final class Cjj61Colors {
  /** 给水 water supply: cyan. */
  public static final Color JS = new Color(0x00FFFF);

  /** 排水 drainage: brown. */
  public static final Color PS = new Color(0x8B4513);

  /** 燃气 gas: magenta. */
  public static final Color RQ = new Color(0xFF00FF);

  /** 电力 power: red. */
  public static final Color DL = new Color(0xFF0000);

  /** 通信 telecom: green. */
  public static final Color TX = new Color(0x00B050);

  /** 热力 heat: orange. */
  public static final Color RL = new Color(0xFF8C00);

  /** 工业 industrial: black. */
  public static final Color GY = Color.BLACK;

  /** 其他 and unknown codes: grey (CJJ 61 gives 其他 no colour). */
  public static final Color OTHER = new Color(0x808080);

  /** Colour by category code, in the standard's table order. */
  public static final Map<String, Color> BY_CATEGORY =
      DefaultStyles.orderedMap(
          "JS", JS, "PS", PS, "RQ", RQ, "DL", DL, "TX", TX, "RL", RL, "GY", GY);

  private Cjj61Colors() {}
}
