package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.AccessFixtures;
import id.warga.access.AuditTrail;
import id.warga.access.Role;
import id.warga.region.HeadAppointment;
import id.warga.region.RegionCode;
import id.warga.region.RegionHeads;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The honor list of past months: the payee is whoever held the office on the deadline day, the
 * verdict turns on the minute of the deadline in the city's calendar, and a month once over is
 * kept as it was made. Finance downloads it as XLSX; the export is audited. (The tests' deadline
 * day is the month's last, see the test configuration.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class HonorListIntegrationTests {

    static final String KELURAHAN = "36.72.08.1004";

    @Autowired
    VerificationFixtures fixtures;

    @Autowired
    HonorList honors;

    @Autowired
    AttestationRepository attestations;

    @Autowired
    RegionHeads heads;

    @Autowired
    AccessFixtures accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theHeadInOfficeOnTheDeadlineDayEarnsItWhenTheUnitAttestedByTheLastMinuteAndTheListIsKept() {
        YearMonth march = YearMonth.of(2024, 3);
        String rw = "36.72.08.1004.901";
        String rt1 = fixtures.registry.rt(rw + ".001");
        String rt2 = fixtures.registry.rt(rw + ".002");
        String rt3 = fixtures.registry.rt(rw + ".003");
        String rt4 = fixtures.registry.rt(rw + ".004");
        appoint(rt1, "AHMAD LAMA", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 3, 30));
        appoint(rt1, "BUDI BARU", LocalDate.of(2024, 3, 31), null);
        appoint(rt2, "CANDRA", LocalDate.of(2024, 1, 2), null);
        appoint(rt4, "EKO", LocalDate.of(2024, 1, 2), null);
        appoint(rw, "DEDI", LocalDate.of(2024, 1, 2), null);
        // 23:59 and 00:01 in Jakarta on the deadline day (31 March) and just after it
        attest(rt1, "RT", march, Instant.parse("2024-03-31T16:59:00Z"));
        attest(rt2, "RT", march, Instant.parse("2024-03-31T17:01:00Z"));
        attest(rt3, "RT", march, Instant.parse("2024-03-05T02:00:00Z"));
        attest(rw, "RW", march, Instant.parse("2024-03-20T02:00:00Z"));

        HonorSheet sheet = fixtures.as("kota", () -> honors.sheet(march, RegionCode.of(rw)));
        assertThat(sheet.closed()).isTrue();
        assertThat(sheet.deadline()).isEqualTo(LocalDate.of(2024, 3, 31));
        Map<String, HonorEntry> byUnit = byUnit(sheet);
        assertThat(byUnit.get(rt1)).satisfies(e -> {
            assertThat(e.eligible()).isTrue();
            assertThat(e.headName())
                    .as("the head in office on the deadline day")
                    .isEqualTo("BUDI BARU");
            assertThat(e.amount()).isEqualTo(1_000_000);
            assertThat(e.reason()).isEqualTo("ATTESTED_ON_TIME");
        });
        assertThat(byUnit.get(rt2)).satisfies(e -> {
            assertThat(e.eligible()).isFalse();
            assertThat(e.reason()).isEqualTo("ATTESTED_LATE");
            assertThat(e.amount()).isZero();
            assertThat(e.headName()).isEqualTo("CANDRA");
        });
        assertThat(byUnit.get(rt3).reason()).isEqualTo("NO_HEAD");
        assertThat(byUnit.get(rt4).reason()).isEqualTo("NOT_ATTESTED");
        assertThat(byUnit.get(rw)).satisfies(e -> {
            assertThat(e.eligible()).isTrue();
            assertThat(e.level()).isEqualTo("RW");
            assertThat(e.headName()).isEqualTo("DEDI");
        });
        assertThat(sheet.eligibleCount()).isEqualTo(2);
        assertThat(sheet.total()).isEqualTo(2_000_000);

        // a decree recorded later for the vacant RT does not rewrite what the month's list said
        appoint(rt3, "FAJAR SUSULAN", LocalDate.of(2024, 1, 2), null);
        HonorSheet again = fixtures.as("kota", () -> honors.sheet(march, RegionCode.of(rw)));
        assertThat(again.closedAt()).isEqualTo(sheet.closedAt());
        assertThat(byUnit(again).get(rt3).reason()).isEqualTo("NO_HEAD");
        assertThat(again.entries()).isEqualTo(sheet.entries());
    }

    @Test
    void aHeadWhoseTermEndedTheDayBeforeTheDeadlineIsNotThePayee() {
        YearMonth april = YearMonth.of(2024, 4);
        String rt = fixtures.registry.rt("36.72.08.1004.902.001");
        appoint(rt, "GILANG PERGI", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 4, 29));
        appoint(rt, "HENDRA DATANG", LocalDate.of(2024, 4, 30), null);
        attest(rt, "RT", april, Instant.parse("2024-04-10T02:00:00Z"));

        HonorEntry entry = byUnit(fixtures.as("kota", () -> honors.sheet(april, RegionCode.of(rt))))
                .get(rt);
        assertThat(entry.headName()).isEqualTo("HENDRA DATANG");
        assertThat(entry.eligible()).isTrue();
        assertThat(entry.attestedAt()).isEqualTo(Instant.parse("2024-04-10T02:00:00Z"));
    }

    @Test
    void financeDownloadsTheMonthAsXlsxAndTheExportIsAudited() throws Exception {
        YearMonth may = YearMonth.of(2024, 5);
        String rt = fixtures.registry.rt("36.72.08.1004.903.001");
        appoint(rt, "INDRA BENDAHARA", LocalDate.of(2024, 1, 2), null);
        attest(rt, "RT", may, Instant.parse("2024-05-03T02:00:00Z"));
        String file = "honor-2024-05-" + KELURAHAN + ".xlsx";

        byte[] xlsx = mvc.perform(
                        get("/api/honor/2024-05.xlsx").param("area", KELURAHAN).with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(file)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(
                        c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                ? String.valueOf((long) c.getNumericCellValue())
                                : c.getStringCellValue()));
                rows.add(cells);
            }
        }
        assertThat(rows.get(0).get(0)).contains("Mei 2024");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(rt, "INDRA BENDAHARA", "Ya", "1000000"));

        audit.flush();
        assertThat(jdbc.sql("""
                        select count(*) from access.audit_entry
                        where action = 'EXPORT' and username = 'kota' and area = ? and detail ->> 'what' = ?""").params(KELURAHAN, file).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theListIsForTheCityAndFinanceAndForKelurahanAndKecamatanWithinTheirArea() throws Exception {
        String lurah = accounts.user("lurah", Role.KELURAHAN, KELURAHAN);
        fixtures.registry.rt("36.72.08.1004.904.001");

        mvc.perform(get("/api/honor/2024-06").with(httpBasic(lurah, AccessFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areaCode").value(KELURAHAN))
                .andExpect(jsonPath("$.closed").value(true))
                .andExpect(jsonPath("$.entries[?(@.unitCode == '36.72.08.1004.904.001')]")
                        .isNotEmpty());
        mvc.perform(get("/api/honor/2024-06").param("area", KELURAHAN).with(httpBasic("lurah", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/honor/2024-06").with(httpBasic("rt", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/honor/2024-06.xlsx").with(httpBasic("rw", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/honor/" + YearMonth.now().plusMonths(2)).with(httpBasic("kota", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.violations[0].code").value("HONOR_MONTH_FUTURE"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(get("/api/honor/2024-13").with(httpBasic("kota", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].code").value("MONTH_INVALID"));
        mvc.perform(get("/api/honor/" + YearMonth.now())
                        .param("area", KELURAHAN)
                        .with(httpBasic("kota", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closed").value(false));
    }

    private void appoint(String unit, String name, LocalDate from, LocalDate until) {
        heads.appoint(
                RegionCode.of(unit),
                new HeadAppointment(null, name, null, null, "SK/HONOR/" + System.nanoTime(), from, until));
    }

    private void attest(String unit, String level, YearMonth month, Instant at) {
        LocalDate deadline = month.atEndOfMonth();
        attestations.insert(new AttestationView(
                unit,
                level,
                month,
                deadline,
                "ketua." + unit,
                at,
                Attestation.onTime(at, deadline, java.time.ZoneId.of("Asia/Jakarta")),
                10,
                0,
                6,
                20,
                0,
                0,
                0,
                level.equals("RW") ? 1 : null,
                level.equals("RW") ? 1 : null,
                level.equals("RW") ? 1 : null));
    }

    private static Map<String, HonorEntry> byUnit(HonorSheet sheet) {
        return sheet.entries().stream().collect(Collectors.toMap(HonorEntry::unitCode, Function.identity()));
    }
}
