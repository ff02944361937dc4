package id.warga.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files as kelurahan staff bring them: every character set, separator, column order and date form
 * the importer accepts is read to the same residents; every file it cannot use is refused with a
 * clear message and leaves nothing behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadFileImportIntegrationTests {

    static final String KELURAHAN = "36.72.07.1005";

    @Autowired
    Imports imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ImportSupport support;

    @BeforeEach
    void setUp() {
        support = new ImportSupport(imports, jobs, jdbc);
    }

    int jobCount() {
        return jdbc.sql("select count(*) from exchange.import_job")
                .query(Integer.class)
                .single();
    }

    @Nested
    class FilesThatAreRefusedAtOnce {

        void refused(byte[] content, String code) {
            int jobsBefore = jobCount();
            int householdsBefore = support.households(KELURAHAN);
            assertThatThrownBy(() -> support.start("berkas", content, KELURAHAN, ImportMode.VALID_ROWS, true))
                    .isInstanceOfSatisfying(
                            BadFileException.class, e -> assertThat(e.code()).isEqualTo(code));
            assertThat(jobCount()).as("no job is kept for a refused file").isEqualTo(jobsBefore);
            assertThat(support.households(KELURAHAN)).isEqualTo(householdsBefore);
        }

        @Test
        void refusesAnEmptyFile() {
            refused(new byte[0], "empty");
            refused(ImportSupport.utf8("\uFEFF\r\n\r\n  \r\n"), "empty");
        }

        @Test
        void refusesAFileThatIsNotASpreadsheet() {
            refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, "not-spreadsheet");
            refused(ImportSupport.utf8("%PDF-1.7\n1 0 obj"), "not-spreadsheet");
        }

        @Test
        void refusesAZipThatIsNotAWorkbook() throws IOException {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                out.putNextEntry(new ZipEntry("foto.txt"));
                out.write("bukan lembar kerja".getBytes(StandardCharsets.UTF_8));
            }
            refused(zip.toByteArray(), "not-spreadsheet");
        }

        @Test
        void refusesAnOldExcelFileWithAWayToConvertIt() {
            byte[] xls = new byte[512];
            byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
            System.arraycopy(magic, 0, xls, 0, magic.length);
            refused(xls, "xls");
        }

        @Test
        void refusesAFileWithoutTheColumnsItNeeds() {
            refused(ImportSupport.utf8("nama,alamat\nBUDI,Jl. Uji\n"), "columns-missing");
            refused(ImportSupport.utf8("halo dunia\nini bukan data penduduk\n"), "no-header");
        }

        @Test
        void refusesAFileOverTheSizeLimitBeforeReadingIt() {
            long tooLarge = 301L * 1024 * 1024;
            assertThatThrownBy(() -> support.as("admin", () -> {
                        try {
                            return imports.start(
                                    "besar.csv",
                                    tooLarge,
                                    new ByteArrayInputStream(new byte[1]),
                                    KELURAHAN,
                                    ImportMode.VALID_ROWS,
                                    true);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }))
                    .isInstanceOfSatisfying(
                            BadFileException.class, e -> assertThat(e.code()).isEqualTo("too-large"));
        }

        @Test
        void answersTheApiWithTheReasonInTheCallersLanguage() throws Exception {
            mvc.perform(multipart("/api/imports")
                            .file(new MockMultipartFile(
                                    "file", "foto.png", "image/png", new byte[] {(byte) 0x89, 'P', 0, 0}))
                            .param("kelurahan", KELURAHAN)
                            .param("mode", "VALID_ROWS")
                            .header("Accept-Language", "en")
                            .with(httpBasic("admin", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("bad_file"))
                    .andExpect(jsonPath("$.violations[0].field").value("file"))
                    .andExpect(jsonPath("$.violations[0].code").value("not-spreadsheet"))
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("not an XLSX or CSV")));
            mvc.perform(multipart("/api/imports")
                            .param("kelurahan", KELURAHAN)
                            .param("mode", "VALID_ROWS")
                            .with(httpBasic("admin", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("empty"));
        }

        @Test
        void reportsAFileWithAHeaderButNoRowsAndWritesNothing() {
            UUID id = support.start(
                    "kosong.csv",
                    ImportSupport.utf8(String.join(",", OpenSidFile.HEADERS) + "\n"),
                    KELURAHAN,
                    ImportMode.VALID_ROWS,
                    true);
            ImportJob job = support.await(id);
            assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(job.failure()).isEqualTo("no-rows");
            assertThat(job.filePath()).as("the file is deleted").isNull();
        }
    }

    @Nested
    class FilesAsUsersWriteThem {

        @Test
        void readsUtf8WithAByteOrderMarkSemicolonsReorderedAndExtraColumnsAndEveryDateForm() {
            OpenSidFile file = new OpenSidFile(11).household("3", "1", 3).household("003", "2", 2);
            // dd-mm-yyyy, yyyy-mm-dd and an Excel serial number for the same kind of column
            String born = file.rows.get(0).get("tanggallahir");
            java.time.LocalDate date = java.time.LocalDate.parse(born);
            file.rows
                    .get(0)
                    .put(
                            "tanggallahir",
                            String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
            long serial = java.time.temporal.ChronoUnit.DAYS.between(
                    java.time.LocalDate.of(1899, 12, 30),
                    java.time.LocalDate.parse(file.rows.get(1).get("tanggallahir")));
            file.rows.get(1).put("tanggallahir", String.valueOf(serial));
            file.rows
                    .get(2)
                    .put("tanggallahir", file.rows.get(2).get("tanggallahir").replace('-', '/'));
            List<String> headers = new ArrayList<>(OpenSidFile.HEADERS);
            java.util.Collections.reverse(headers);
            headers.add("catatan_kelurahan");
            headers.remove("golongan_darah_id");
            byte[] content = ImportSupport.utf8("\uFEFF" + file.csv(headers, ';'));

            ImportJob job = support.run("titik-koma.csv", content, KELURAHAN, ImportMode.VALID_ROWS);

            assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
            assertThat(job.rowsImported()).isEqualTo(5);
            assertThat(job.rowsRejected()).isZero();
            assertThat(job.notices())
                    .contains("charset:UTF-8 (BOM)", "delimiter:;", "column-unknown:catatan_kelurahan");
            assertThat(jdbc.sql("select birth_date from population.resident where nik = ?")
                            .param(file.rows.get(1).get("nik"))
                            .query(java.time.LocalDate.class)
                            .single())
                    .isEqualTo(java.time.LocalDate.parse(OpenSidFile.bornOf(
                            file.rows.get(1).get("nik"), file.rows.get(1).get("tanggallahir"))));
            assertThat(jdbc.sql("select rt_code from population.household where kk_number = ?")
                            .param(file.rows.get(0).get("no_kk"))
                            .query(String.class)
                            .single())
                    .isEqualTo(KELURAHAN + ".003.001");
        }

        @Test
        void readsWindows1252() {
            OpenSidFile file = new OpenSidFile(12).household("4", "1", 2);
            file.rows.get(0).put("nama", "ANDRÉ SAPUTRA");
            byte[] content = file.csv().getBytes(Charset.forName("windows-1252"));
            assertThat(content).doesNotContain((byte) 0xC3);

            ImportJob job = support.run("ansi.csv", content, KELURAHAN, ImportMode.VALID_ROWS);

            assertThat(job.rowsImported()).isEqualTo(2);
            assertThat(job.notices()).contains("charset:windows-1252");
            assertThat(jdbc.sql("select name from population.resident where nik = ?")
                            .param(file.rows.get(0).get("nik"))
                            .query(String.class)
                            .single())
                    .isEqualTo("ANDRÉ SAPUTRA");
        }

        @Test
        void rejectsANikThatExcelTurnedIntoANumberWithoutGuessing() {
            OpenSidFile file = new OpenSidFile(13).household("5", "1", 3);
            file.rows.get(2).put("nik", "3.67207E+15");

            ImportJob job = support.run("excel.csv", ImportSupport.utf8(file.csv()), KELURAHAN, ImportMode.VALID_ROWS);

            assertThat(job.rowsImported()).isEqualTo(2);
            assertThat(job.rowsRejected()).isEqualTo(1);
            assertThat(support.problems(job.id())).anySatisfy(p -> {
                assertThat(p.row()).isEqualTo(4);
                assertThat(p.column()).isEqualTo("nik");
                assertThat(p.value()).isEqualTo("3.67207E+15");
                assertThat(p.code()).isEqualTo("NIK_EXCEL_NUMBER");
            });
        }

        @Test
        void rejectsTwoDigitYearsAndImpossibleDates() {
            OpenSidFile file = new OpenSidFile(14).household("5", "2", 4);
            file.rows.get(2).put("tanggallahir", "05-03-90");
            file.rows.get(3).put("tanggallahir", "31-02-1990");

            ImportJob job =
                    support.run("tanggal.csv", ImportSupport.utf8(file.csv()), KELURAHAN, ImportMode.VALID_ROWS);

            assertThat(job.rowsImported()).isEqualTo(2);
            assertThat(support.problems(job.id()))
                    .extracting(ImportProblems.ReportedProblem::row, ImportProblems.ReportedProblem::code)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple(4, "IMPORT_DATE_UNREADABLE"),
                            org.assertj.core.groups.Tuple.tuple(5, "IMPORT_DATE_INVALID"));
        }

        @Test
        void readsAWorkbookWithTextNumbersAndDateCellsSkippingTheCodeSheetAndStoppingAtTheMarker() throws IOException {
            OpenSidFile file = new OpenSidFile(16).household("7", "1", 3).household("7", "1", 2);
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                var dates = workbook.createCellStyle();
                dates.setDataFormat(
                        workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                var sheet = workbook.createSheet("Data Penduduk");
                var header = sheet.createRow(0);
                for (int c = 0; c < OpenSidFile.HEADERS.size(); c++) {
                    header.createCell(c).setCellValue(OpenSidFile.HEADERS.get(c));
                }
                int r = 1;
                for (var row : file.rows) {
                    var cells = sheet.createRow(r);
                    for (int c = 0; c < OpenSidFile.HEADERS.size(); c++) {
                        String h = OpenSidFile.HEADERS.get(c);
                        String v = row.get(h);
                        if (h.equals("tanggallahir")) {
                            var cell = cells.createCell(c);
                            cell.setCellValue(java.time.LocalDate.parse(v));
                            cell.setCellStyle(dates);
                        } else if (h.equals("rt") || h.equals("agama_id")) {
                            cells.createCell(c).setCellValue(Double.parseDouble(v));
                        } else if (h.equals("nik") && r == 5) {
                            // typed into a General cell: Excel keeps a number, not the NIK
                            cells.createCell(c).setCellValue(Double.parseDouble(v));
                        } else {
                            cells.createCell(c).setCellValue(v);
                        }
                    }
                    r++;
                }
                sheet.createRow(r).createCell(1).setCellValue("###");
                sheet.createRow(r + 1).createCell(0).setCellValue("Petunjuk: isi mulai baris 2");
                workbook.createSheet("Kode Data").createRow(0).createCell(0).setCellValue("kode");
                workbook.write(xlsx);
            }

            ImportJob job = support.run("data.xlsx", xlsx.toByteArray(), KELURAHAN, ImportMode.VALID_ROWS);

            assertThat(job.fileFormat()).isEqualTo("XLSX");
            assertThat(job.rowsRead()).isEqualTo(5);
            assertThat(job.rowsImported()).isEqualTo(4);
            assertThat(support.problems(job.id())).anySatisfy(p -> {
                assertThat(p.row()).as("the sheet's own row number").isEqualTo(6);
                assertThat(p.code()).isEqualTo("NIK_EXCEL_NUMBER");
            });
            assertThat(jdbc.sql("select birth_date from population.resident where nik = ?")
                            .param(file.rows.get(0).get("nik"))
                            .query(java.time.LocalDate.class)
                            .single())
                    .isEqualTo(java.time.LocalDate.parse(file.rows.get(0).get("tanggallahir")));
        }

        @Test
        void writesNothingInAllOrNothingModeWhenARowIsInvalid() {
            OpenSidFile file = new OpenSidFile(15).household("6", "1", 3).household("6", "2", 3);
            file.rows.get(4).put("kk_level", "99");
            int before = support.households(KELURAHAN);

            ImportJob job =
                    support.run("semua.csv", ImportSupport.utf8(file.csv()), KELURAHAN, ImportMode.ALL_OR_NOTHING);

            assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
            assertThat(job.rowsImported()).isZero();
            assertThat(support.households(KELURAHAN)).isEqualTo(before);
            assertThat(support.problems(job.id()))
                    .extracting(ImportProblems.ReportedProblem::code)
                    .contains("CODE_UNKNOWN");
        }
    }
}
