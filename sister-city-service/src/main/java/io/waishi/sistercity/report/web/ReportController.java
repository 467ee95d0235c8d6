package io.waishi.sistercity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waishi.platform.domain.Actor;
import io.waishi.sistercity.report.ReportRow;
import io.waishi.sistercity.report.SisterCityReports;
import io.waishi.sistercity.report.Summaries.PartnerReport;
import io.waishi.sistercity.report.Summaries.YearReport;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly and per-partner summaries, as JSON for the console and as a CSV download for the office's
 * spreadsheets. The CSV is the long form (section, two dimensions, measure, value), UTF-8 with a byte-order
 * mark so that spreadsheet programs read the Chinese names right.
 */
@RestController
@RequestMapping("/api/sister-cities/reports")
@Tag(name = "Reports", description = "Yearly and per-partner summaries, JSON or CSV")
class ReportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String[] HEADER = {"section", "dimension_1", "dimension_2", "measure", "value"};

    private final SisterCityReports reports;

    ReportController(SisterCityReports reports) {
        this.reports = reports;
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "The year's exchanges by field and direction and by partner, projects by stage, "
            + "relationships signed and plan progress")
    YearReport yearly(@PathVariable @Min(1950) @Max(2200) int year, Actor actor) {
        return reports.yearly(actor, year);
    }

    @GetMapping(path = "/years/{year}.csv", produces = "text/csv")
    @Operation(summary = "The year's summary as a CSV download")
    ResponseEntity<String> yearlyCsv(@PathVariable @Min(1950) @Max(2200) int year, Actor actor) {
        return csv("sister-cities-" + year + ".csv", reports.yearly(actor, year).rows());
    }

    @GetMapping("/partners/{partnerCityId}")
    @Operation(summary = "One partner's relationship, exchanges by year, field and direction, projects and plans")
    PartnerReport partner(@PathVariable String partnerCityId, Actor actor) {
        return reports.partner(actor, partnerCityId);
    }

    @GetMapping(path = "/partners/{partnerCityId}.csv", produces = "text/csv")
    @Operation(summary = "One partner's summary as a CSV download")
    ResponseEntity<String> partnerCsv(@PathVariable String partnerCityId, Actor actor) {
        return csv("partner-" + partnerCityId + ".csv", reports.partner(actor, partnerCityId).rows());
    }

    /** Names typed by people could start a spreadsheet formula; a leading apostrophe keeps them text. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static ResponseEntity<String> csv(String filename, List<ReportRow> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ReportRow row : rows) {
                printer.printRecord(row.section(), cell(row.dimension1()), cell(row.dimension2()), row.measure(),
                        row.value() instanceof String text ? cell(text) : row.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(out.toString());
    }
}
