package io.waishi.sistercity.report;

/**
 * One figure of a report in the long ("tidy") form the CSV download uses, so a spreadsheet pivots it
 * without reshaping: which section, up to two dimensions, which measure, its value.
 */
public record ReportRow(String section, String dimension1, String dimension2, String measure, Object value) {
}
