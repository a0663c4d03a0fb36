package cn.onemap.loaders.survey;

import cn.onemap.loaders.ImportReport;

/**
 * What a survey import did, one {@link ImportReport} per layer (rows read, inserted, updated,
 * unchanged, rejected, warnings, CRS, encoding, QC report of that table).
 */
public record SurveyReport(ImportReport points, ImportReport segments) {}
