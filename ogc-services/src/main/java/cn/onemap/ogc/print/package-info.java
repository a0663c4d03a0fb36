/**
 * Printing a map to a page (PDF or PNG): {@link cn.onemap.ogc.print.PrintOp} lays out the title,
 * the map frame (drawn by the caller's {@link cn.onemap.ogc.print.MapSource}, normally the WMS
 * renderer), the legend, a scale bar true for the CRS and the latitude ({@link
 * cn.onemap.ogc.print.ScaleBar}), a north arrow, the print date, the as-of time, the CRS name and
 * the source line on A4/A3 paper at 150 or 300 dpi. The layout is one drawing ({@link
 * cn.onemap.ogc.print.PageComposer}) on a {@link cn.onemap.ogc.print.PageCanvas} in millimetres:
 * Java2D for PNG, PDFBox for PDF (text as text in an embedded CJK TrueType font, the map and the
 * legends as images). No Spring here; the portal adds access checks and jobs.
 */
package cn.onemap.ogc.print;
