package cn.onemap.workflow.settings;

import java.math.BigDecimal;

/**
 * A time-limit cell as an admin sends it: {@code {"category":"E04","stage":"HANDLE",
 * "urgency":"URGENT","hours":2}}.
 *
 * @param category {@code *} (the default), a major class (E04) or a category (E0401)
 * @param stage REGISTER, DISPATCH, HANDLE, VERIFY or CLOSE
 * @param urgency NORMAL, URGENT or CRITICAL
 * @param hours working hours, to the second (0.5 = 30 min)
 */
public record LimitInput(String category, String stage, String urgency, BigDecimal hours) {}
