package id.warga.exchange;

import id.warga.access.AccessControl;
import id.warga.access.AuditTrail;
import id.warga.population.PopulationDirectory;
import id.warga.population.ResidentView;
import id.warga.region.RegionCode;
import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of the households and residents of an area in the acting user's scope, in Warga's own
 * layout (which the importer reads back to the same data), as CSV or XLSX, streamed from a
 * database cursor to the response. Identifiers show as {@code AccessControl.identifier} decides
 * and names, addresses and phone numbers only where {@code reveals} allows; every cell is
 * neutralised against formula injection; every export is audited with its row count.
 */
@Service
public class Exports {

    /** The two file formats. */
    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public static Format parse(String value) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return f;
                }
            }
            throw new BadRequestException(
                    "invalid_format",
                    List.of(new ApiError.Violation("format", "invalid", "xlsx, csv")),
                    "error.export.format");
        }
    }

    static final String HIDDEN = "***";

    private final PopulationDirectory directory;
    private final AccessControl access;
    private final AuditTrail audit;

    Exports(PopulationDirectory directory, AccessControl access, AuditTrail audit) {
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    /** The area as a code the acting user may export (404 outside their scope). */
    public RegionCode area(String code) {
        RegionCode area = RegionCode.tryParse(code).orElse(null);
        if (area == null) {
            throw new BadRequestException(
                    "invalid_area",
                    List.of(new ApiError.Violation("area", "invalid", String.valueOf(code))),
                    "error.export.area",
                    String.valueOf(code));
        }
        access.requireInScope(area);
        return area;
    }

    public String fileName(RegionCode area, Format format) {
        return "penduduk-" + area.value() + "." + format.extension;
    }

    /** Writes the export to {@code out} and records it in the audit trail. */
    @Transactional(readOnly = true)
    public long write(RegionCode area, Format format, OutputStream out) throws IOException {
        access.requireInScope(area);
        Predicate<RegionCode> reveals = access::reveals;
        long rows;
        if (format == Format.CSV) {
            rows = csv(area, reveals, out);
        } else {
            rows = xlsx(area, reveals, out);
        }
        audit.recordExport(area, fileName(area, format), rows);
        return rows;
    }

    private long csv(RegionCode area, Predicate<RegionCode> reveals, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // a byte-order mark, so Excel opens the file as UTF-8
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(ImportLayout.WARGA_COLUMNS.toArray(String[]::new))
                        .setRecordSeparator("\r\n")
                        .get());
        long rows;
        try {
            rows = directory.forEachLivingResident(area, (r, address) -> {
                try {
                    printer.printRecord(cells(r, address, reveals));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return rows;
    }

    private long xlsx(RegionCode area, Predicate<RegionCode> reveals, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false);
        try {
            Sheet sheet = workbook.createSheet("Penduduk");
            Row header = sheet.createRow(0);
            for (int i = 0; i < ImportLayout.WARGA_COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(ImportLayout.WARGA_COLUMNS.get(i));
            }
            int[] next = {1};
            long rows = directory.forEachLivingResident(area, (r, address) -> {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = cells(r, address, reveals);
                for (int i = 0; i < cells.size(); i++) {
                    if (!cells.get(i).isEmpty()) {
                        // every cell is text: a NIK never becomes a number, a formula never runs
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            });
            workbook.write(out);
            return rows;
        } finally {
            workbook.close();
        }
    }

    /** One resident as Warga's layout writes them, masked and neutralised. */
    static List<String> cells(ResidentView r, String address, Predicate<RegionCode> reveals) {
        RegionCode rt = RegionCode.of(r.rtCode());
        boolean shown = reveals.test(rt);
        List<String> cells = new ArrayList<>(ImportLayout.WARGA_COLUMNS.size());
        cells.add(r.rtCode());
        cells.add(shown ? r.kkNumber() : id.warga.shared.privacy.Masking.identifier(r.kkNumber()));
        cells.add(shown ? SafeCells.text(address) : HIDDEN);
        cells.add(r.nik() == null ? "" : shown ? r.nik() : id.warga.shared.privacy.Masking.identifier(r.nik()));
        cells.add(shown ? SafeCells.text(r.name()) : HIDDEN);
        cells.add(r.sex() == null ? "" : r.sex() == id.warga.population.Sex.FEMALE ? "P" : "L");
        cells.add(SafeCells.text(nullToEmpty(r.birthPlace())));
        cells.add(r.birthDate() == null ? "" : r.birthDate().toString());
        cells.add(code(r.religion()));
        cells.add(code(r.maritalStatus()));
        cells.add(code(r.education()));
        cells.add(code(r.occupation()));
        cells.add(code(r.relation()));
        cells.add(code(r.citizenship()));
        cells.add(r.phone() == null ? "" : shown ? SafeCells.text(r.phone()) : HIDDEN);
        ResidentView.LabourView labour = r.labour();
        boolean answered = labour != null && labour.activity() != null;
        cells.add(answered ? labour.activity().name() : "");
        cells.add(
                answered && labour.referenceDate() != null
                        ? labour.referenceDate().toString()
                        : "");
        cells.add(answered ? code(labour.hoursWorked()) : "");
        cells.add(answered ? code(labour.employmentStatus()) : "");
        cells.add(answered ? SafeCells.text(nullToEmpty(labour.skills())) : "");
        return cells;
    }

    private static String code(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
