package cn.onemap.workflow.evaluation;

import java.util.Optional;

/**
 * One group of an evaluation (or the city-wide total, whose key is empty).
 *
 * @param key the department code, unit grid code (bgid) or category name; empty for the total and
 *     for cases not dispatched yet (by department)
 * @param reported cases reported in the period
 * @param closed of those, closed (结案)
 * @param closedOnTime closed with every step finished by its deadline
 * @param onTimeRate {@code closedOnTime / closed} (按期结案率), empty without closed cases
 * @param verified cases that reached 核查 at least once
 * @param reworked of those, sent back to 处置 by a failed 核查 at least once (返工)
 * @param reworkRate {@code reworked / verified} (返工率), empty without verified cases
 * @param reworkRounds failed 核查 in all
 * @param meanHandleHours mean working hours of 处置 of the closed cases (all rounds)
 * @param medianHandleHours their median
 * @param overdueOpen cases still open whose current step is past its deadline
 * @param voided ended without 结案 (不予立案, 合并)
 */
public record EvaluationRow(
    String key,
    int reported,
    int closed,
    int closedOnTime,
    Optional<Double> onTimeRate,
    int verified,
    int reworked,
    Optional<Double> reworkRate,
    int reworkRounds,
    Optional<Double> meanHandleHours,
    Optional<Double> medianHandleHours,
    int overdueOpen,
    int voided) {}
