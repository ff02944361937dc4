package id.warga.analytics.web;

import id.warga.analytics.AreaIndicators;
import id.warga.shared.geo.FeatureCollection;
import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes figures as files: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read it),
 * XLSX (streamed, a sheet of figures and one of notes) and GeoJSON. Column headings follow the
 * request's language; suppressed values are empty.
 */
@Component
class IndicatorExports {

    enum Format {
        CSV,
        XLSX,
        GEOJSON;

        static Format parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(
                        "invalid_format",
                        List.of(new ApiError.Violation("format", "format", "csv, xlsx, geojson")),
                        "error.analytics.format",
                        text);
            }
        }
    }

    private record Column(String key, Function<AreaIndicators, Object> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("code", AreaIndicators::code),
            new Column("name", AreaIndicators::name),
            new Column("level", AreaIndicators::level),
            new Column("period", AreaIndicators::period),
            new Column("residents", AreaIndicators::residents),
            new Column("workingAge", AreaIndicators::workingAge),
            new Column("answered", AreaIndicators::answered),
            new Column("labourForce", AreaIndicators::labourForce),
            new Column("employed", AreaIndicators::employed),
            new Column("unemployed", AreaIndicators::unemployed),
            new Column("notInLabourForce", AreaIndicators::notInLabourForce),
            new Column("tpt", AreaIndicators::tpt),
            new Column(
                    "tptLow",
                    a -> a.tptInterval() == null ? null : a.tptInterval().low()),
            new Column(
                    "tptHigh",
                    a -> a.tptInterval() == null ? null : a.tptInterval().high()),
            new Column("tpak", AreaIndicators::tpak),
            new Column("completeness", AreaIndicators::completeness),
            new Column("youthLabourForce", AreaIndicators::youthLabourForce),
            new Column("youthUnemployed", AreaIndicators::youthUnemployed),
            new Column("youthTpt", AreaIndicators::youthTpt),
            new Column("basis", AreaIndicators::basis));

    private final MessageSource messages;
    private final JsonMapper json;

    IndicatorExports(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(List<AreaIndicators> rows, Format format, String name, HttpServletResponse response) throws IOException {
        if (format == Format.XLSX) {
            xlsx(rows, name, response);
        } else {
            csv(rows, name, response);
        }
    }

    void geoJson(FeatureCollection features, String name, HttpServletResponse response) throws IOException {
        response.setContentType("application/geo+json");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".geojson\"");
        json.writeValue(response.getOutputStream(), features);
    }

    private void csv(List<AreaIndicators> rows, String name, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        OutputStream out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setHeader(headings()).get())) {
            for (AreaIndicators row : rows) {
                List<Object> values = new ArrayList<>();
                for (Column column : COLUMNS) {
                    values.add(column.value().apply(row));
                }
                csv.printRecord(values);
            }
        }
    }

    private void xlsx(List<AreaIndicators> rows, String name, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet sheet = workbook.createSheet(text("analytics.export.sheet"));
            Row header = sheet.createRow(0);
            String[] headings = headings();
            for (int c = 0; c < headings.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headings[c]);
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (AreaIndicators area : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value = COLUMNS.get(c).value().apply(area);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            SXSSFSheet notes = workbook.createSheet(text("analytics.export.notes"));
            int n = 0;
            for (String key : List.of(
                    "analytics.basis.note",
                    "analytics.export.note.tpt",
                    "analytics.export.note.tpak",
                    "analytics.export.note.completeness",
                    "analytics.export.note.interval",
                    "analytics.export.note.empty")) {
                notes.createRow(n++).createCell(0).setCellValue(text(key));
            }
            workbook.write(response.getOutputStream());
        } finally {
            workbook.close();
        }
    }

    private String[] headings() {
        return COLUMNS.stream().map(c -> text("analytics.column." + c.key())).toArray(String[]::new);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
