package id.warga.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.AuditTrail;
import id.warga.population.CodeLists;
import id.warga.population.LabourActivity;
import id.warga.population.LabourAnswer;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryCommand.RegisterHousehold;
import id.warga.population.ResidentDetails;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Exports in Warga's layout read back by the importer to the same data (CSV and XLSX), formulas
 * neutralised, identifiers masked where Access says so, every export audited, nothing outside the
 * caller's area.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportIntegrationTests {

    static final String KELURAHAN = "36.72.06.1004";
    static final String RT = KELURAHAN + ".001.001";
    static final String INJECTION = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";

    @Autowired
    MockMvc mvc;

    @Autowired
    PopulationRegistry registry;

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    @Autowired
    Imports imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    CodeLists codes;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    ImportSupport support;

    static boolean registered;

    @BeforeEach
    void setUp() {
        support = new ImportSupport(imports, jobs, jdbc);
        synchronized (ExportIntegrationTests.class) {
            if (!registered) {
                register();
                registered = true;
            }
        }
    }

    private void register() {
        RegionCode rw = RegionCode.of(KELURAHAN + ".001");
        if (regions.find(rw).isEmpty()) {
            units.create(RegionCode.of(KELURAHAN), 1, null);
        }
        if (regions.find(RegionCode.of(RT)).isEmpty()) {
            units.create(rw, 1, null);
        }
        LocalDate today = LocalDate.now();
        LocalDate headBorn = LocalDate.of(1980, 4, 12);
        LocalDate wifeBorn = LocalDate.of(1983, 9, 3);
        LocalDate childBorn = today.minusMonths(3);
        support.as(
                "admin",
                () -> registry.apply(new RegisterHousehold(
                        "367206" + "150112" + "7901",
                        INJECTION,
                        RT,
                        today.minusYears(1),
                        List.of(
                                new NewMember(
                                        new ResidentDetails(
                                                OpenSidFile.nik(headBorn, false),
                                                "BUDI SANTOSO",
                                                Sex.MALE,
                                                "+SERANG",
                                                headBorn,
                                                1,
                                                2,
                                                8,
                                                15,
                                                CodeLists.HEAD,
                                                1,
                                                "0812 3456 7890"),
                                        new LabourAnswer(
                                                LabourActivity.WORKED, today.minusDays(10), 40, 4, "-las, @listrik")),
                                new NewMember(
                                        new ResidentDetails(
                                                OpenSidFile.nik(wifeBorn, true),
                                                "SRI WAHYUNI",
                                                Sex.FEMALE,
                                                "CILEGON",
                                                wifeBorn,
                                                1,
                                                2,
                                                5,
                                                2,
                                                CodeLists.WIFE,
                                                1,
                                                null),
                                        new LabourAnswer(
                                                LabourActivity.LOOKING_FOR_WORK,
                                                today.minusDays(10),
                                                null,
                                                null,
                                                null)),
                                new NewMember(
                                        new ResidentDetails(
                                                null,
                                                "PUTRI SANTOSO",
                                                Sex.FEMALE,
                                                "CILEGON",
                                                childBorn,
                                                1,
                                                1,
                                                2,
                                                3,
                                                4,
                                                1,
                                                null),
                                        null)),
                        Set.of())));
    }

    byte[] export(String format) throws Exception {
        var started = mvc.perform(get("/api/exports")
                        .param("area", KELURAHAN)
                        .param("format", format)
                        .with(httpBasic("admin", "demo")))
                .andExpect(request().asyncStarted())
                .andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void csvExportReadsBackToTheSameDataAndReimportsWithoutChange() throws Exception {
        byte[] csv = export("csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFkode_rt,no_kk,alamat,nik,nama");
        assertThat(text)
                .contains("'" + INJECTION.replace("\"", "\"\""))
                .contains("'+SERANG")
                .contains("'-las, @listrik");
        assertSameData(csv);

        ImportJob again = support.run("ekspor.csv", csv, KELURAHAN, ImportMode.ALL_OR_NOTHING);
        assertThat(again.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(again.rowsUnchanged()).isEqualTo(support.residents(KELURAHAN));
        assertThat(again.rowsImported()).isZero();
    }

    @Test
    void xlsxExportKeepsEveryCellTextAndReadsBackToTheSameData() throws Exception {
        byte[] xlsx = export("xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("kode_rt");
            var first = sheet.getRow(1);
            for (int c = 0; c < first.getLastCellNum(); c++) {
                if (first.getCell(c) != null) {
                    assertThat(first.getCell(c).getCellType()).as("column " + c).isEqualTo(CellType.STRING);
                }
            }
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("'" + INJECTION);
        }
        assertSameData(xlsx);
        ImportJob again = support.run("ekspor.xlsx", xlsx, KELURAHAN, ImportMode.VALID_ROWS);
        assertThat(again.rowsUnchanged()).isEqualTo(support.residents(KELURAHAN));
        assertThat(again.rowsImported()).isZero();
        assertThat(again.rowsRejected()).isZero();
    }

    @Test
    void recordsEveryExportInTheAuditTrail() throws Exception {
        int before = exportsAudited();
        export("csv");
        long until = System.currentTimeMillis() + 10_000;
        while (exportsAudited() == before && System.currentTimeMillis() < until) {
            // the audit writer inserts queued entries in the background
            audit.flush();
            Thread.sleep(50);
        }
        assertThat(exportsAudited()).as("an export entry named for the user").isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        select detail ->> 'rows' from access.audit_entry
                        where action = 'EXPORT' and area = ? order by id desc limit 1""").param(KELURAHAN).query(String.class).single())
                .isEqualTo(String.valueOf(support.residents(KELURAHAN)));
    }

    private int exportsAudited() {
        return jdbc.sql(
                        "select count(*) from access.audit_entry where action = 'EXPORT' and area = ? and username = 'admin'")
                .param(KELURAHAN)
                .query(Integer.class)
                .single();
    }

    /** Reads the export with the importer's own reader and compares each row with the registry. */
    private void assertSameData(byte[] content) throws Exception {
        Path file = Files.createTempFile("ekspor", ".bin");
        try {
            Files.write(file, content);
            SpreadsheetFile sheet = SpreadsheetFile.open(file);
            RowReader reader = new RowReader(codes, RegionCode.of(KELURAHAN));
            List<ImportRow> rows = new ArrayList<>();
            ImportLayout.Columns[] columns = {null};
            sheet.read(
                    (name, number, cells) -> {
                        if (columns[0] == null) {
                            columns[0] = ImportLayout.detect(cells).columns(cells);
                        } else {
                            rows.add(reader.read(name, number, cells, columns[0]));
                        }
                    },
                    new XlsxRows.Settings(Path.of("target", "imports", "test-tmp")));
            assertThat(columns[0].layout()).isEqualTo(ImportLayout.WARGA);
            Map<String, ResidentView> stored = new HashMap<>();
            List<ResidentView> living = new ArrayList<>();
            support.as("admin", () -> {
                exportsDirectory().forEachLivingResident(RegionCode.of(KELURAHAN), (r, a) -> living.add(r));
                return null;
            });
            living.forEach(r -> stored.put(r.name(), r));
            assertThat(rows).hasSize(living.size());
            for (ImportRow row : rows) {
                assertThat(row.problems).as("row " + row.number()).isEmpty();
                ResidentView r = stored.get(row.details.name());
                assertThat(row.details).as(row.details.name()).isEqualTo(r.details());
                assertThat(row.kkNumber).isEqualTo(r.kkNumber());
                assertThat(RegionCode.of(KELURAHAN).child(row.rw).child(row.rt).value())
                        .isEqualTo(r.rtCode());
                if (r.labour().answered()) {
                    assertThat(row.labour)
                            .isEqualTo(new LabourAnswer(
                                    r.labour().activity(),
                                    r.labour().referenceDate(),
                                    r.labour().hoursWorked(),
                                    r.labour().employmentStatus(),
                                    r.labour().skills()));
                } else {
                    assertThat(row.labour).isNull();
                }
            }
            assertThat(rows.stream().filter(r -> r.details.nik() != null).count())
                    .isEqualTo(2);
            assertThat(rows.get(0).address).isEqualTo(INJECTION);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Autowired
    id.warga.population.PopulationDirectory directory;

    private id.warga.population.PopulationDirectory exportsDirectory() {
        return directory;
    }

    @Nested
    class OutsideTheCallersArea {

        @Test
        void answersAnAreaOutsideTheScopeAsAbsent() throws Exception {
            mvc.perform(get("/api/exports")
                            .param("area", KELURAHAN)
                            .param("format", "csv")
                            .with(httpBasic("lurah", "demo")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void refusesAnUnknownFormat() throws Exception {
            mvc.perform(get("/api/exports")
                            .param("area", KELURAHAN)
                            .param("format", "pdf")
                            .with(httpBasic("admin", "demo")))
                    .andExpect(status().isBadRequest());
        }
    }
}
