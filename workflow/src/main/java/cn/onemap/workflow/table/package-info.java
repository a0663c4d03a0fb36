/**
 * The small CSV format of the tables admins maintain (calendar years, categories, time limits):
 * UTF-8, {@code #} comment lines, one header line, comma-separated fields without quoting. {@link
 * cn.onemap.workflow.table.CsvTable} reads it and keeps each row's line number, so every error
 * ({@link cn.onemap.workflow.table.TableFormatException}) says where the bad value is.
 */
package cn.onemap.workflow.table;
