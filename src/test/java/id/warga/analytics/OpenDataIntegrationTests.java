package id.warga.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data, read as an attacker would: every published area of the small demo city (where
 * small counts abound), then every way to undo a suppression with the published figures, from
 * plain subtraction to solving all the equations together. Until anonymous access to
 * {@code /api/open/**} is configured, the requests sign in as the narrowest account (an RT head),
 * whose scope must make no difference to the open data.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIntegrationTests {

    static final List<String> COUNTS = List.of(
            "residents",
            "workingAge",
            "answered",
            "labourForce",
            "employed",
            "unemployed",
            "notInLabourForce",
            "youthLabourForce",
            "youthUnemployed");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    LabourFixtures fixtures;

    @Autowired
    RegionDirectory regions;

    @Autowired
    UnemploymentStatistics statistics;

    /** What the attacker downloads: every published area by code. */
    final Map<String, JsonNode> published = new LinkedHashMap<>();

    @BeforeAll
    void download() throws Exception {
        fixtures.smallCity();
        JsonNode city = open("36.72");
        published.put("36.72", city);
        for (JsonNode kecamatan : city.get("children")) {
            JsonNode withChildren = open(kecamatan.get("code").asText());
            published.put(kecamatan.get("code").asText(), withChildren);
            for (JsonNode kelurahan : withChildren.get("children")) {
                published.put(kelurahan.get("code").asText(), kelurahan);
            }
        }
    }

    JsonNode open(String code) throws Exception {
        String body = mvc.perform(get("/api/open/indicators/" + code).with(httpBasic("rt", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    @Test
    void publishesTheCityKecamatanAndKelurahanButNothingBelow() throws Exception {
        assertThat(published).hasSize(1 + 8 + 43);
        mvc.perform(get("/api/open/indicators/36.72.01.1001.001").with(httpBasic("rt", "demo")))
                .andExpect(status().isNotFound());
        assertThat(published.get("36.72").get("basis").asText()).isEqualTo("administrative");
    }

    @Test
    @WithMockUser(username = "kota", roles = "CITY")
    void withholdsEveryCountBelowFiveAndEveryRateOverAWithheldCount() {
        int withheld = 0;
        for (Map.Entry<String, JsonNode> area : published.entrySet()) {
            AreaIndicators exact = statistics.indicators(RegionCode.of(area.getKey()), statistics.currentPeriod());
            JsonNode open = area.getValue();
            Map<String, Integer> truth = exactCounts(exact);
            for (String count : COUNTS) {
                if (truth.get(count) < 5) {
                    assertThat(open.get(count).isNull())
                            .as(area.getKey() + " " + count)
                            .isTrue();
                }
                if (open.get(count).isNull()) {
                    withheld++;
                } else {
                    assertThat(open.get(count).asInt()).isEqualTo(truth.get(count));
                }
            }
            if (open.get("unemployed").isNull() || open.get("labourForce").isNull()) {
                assertThat(open.get("tpt").isNull()).isTrue();
                assertThat(open.get("tptInterval").isNull()).isTrue();
            }
            if (open.get("youthUnemployed").isNull()
                    || open.get("youthLabourForce").isNull()) {
                assertThat(open.get("youthTpt").isNull()).isTrue();
            }
        }
        assertThat(withheld).as("the small city must exercise suppression").isGreaterThan(10);
    }

    @Test
    @WithMockUser(username = "kota", roles = "CITY")
    void noWithheldCountCanBeWorkedOutFromThePublishedOnes() {
        // the attacker's model: every cell of every area, and every equation the public knows
        List<String> cells = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Long> known = new ArrayList<>();
        List<String> derived = List.of("under15", "unanswered", "youthEmployed");
        for (Map.Entry<String, JsonNode> area : published.entrySet()) {
            for (String count : concat(COUNTS, derived)) {
                index.put(area.getKey() + "/" + count, cells.size());
                cells.add(area.getKey() + "/" + count);
                JsonNode value = COUNTS.contains(count) ? area.getValue().get(count) : null;
                known.add(value == null || value.isNull() ? null : value.asLong());
            }
        }
        List<int[]> equations = new ArrayList<>();
        for (String area : published.keySet()) {
            equations.add(cells(index, area, "residents", "under15", "workingAge"));
            equations.add(cells(index, area, "workingAge", "unanswered", "answered"));
            equations.add(cells(index, area, "answered", "labourForce", "notInLabourForce"));
            equations.add(cells(index, area, "labourForce", "employed", "unemployed"));
            equations.add(cells(index, area, "youthLabourForce", "youthEmployed", "youthUnemployed"));
            List<Region> children = regions.children(RegionCode.of(area)).stream()
                    .filter(c -> published.containsKey(c.code().value()))
                    .toList();
            if (!children.isEmpty()) {
                for (String count : concat(COUNTS, derived)) {
                    int[] equation = new int[children.size() + 1];
                    equation[0] = index.get(area + "/" + count);
                    for (int i = 0; i < children.size(); i++) {
                        equation[i + 1] = index.get(children.get(i).code().value() + "/" + count);
                    }
                    equations.add(equation);
                }
            }
        }

        // 1. subtraction, repeated: any equation with one unknown gives it away
        Long[] values = known.toArray(Long[]::new);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int[] equation : equations) {
                int unknown = -1, unknowns = 0;
                for (int cell : equation) {
                    if (values[cell] == null) {
                        unknown = cell;
                        unknowns++;
                    }
                }
                if (unknowns == 1) {
                    long parts = 0;
                    for (int k = 1; k < equation.length; k++) {
                        parts += equation[k] == unknown ? 0 : values[equation[k]];
                    }
                    values[unknown] = unknown == equation[0] ? parts : values[equation[0]] - parts;
                    progress = true;
                }
            }
        }
        List<String> recovered = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (known.get(i) == null && values[i] != null && isPublishedCount(cells.get(i))) {
                recovered.add(cells.get(i) + " = " + values[i]);
            }
        }
        assertThat(recovered).as("withheld counts recovered by subtraction").isEmpty();

        // 2. all equations at once: Gaussian elimination over the withheld cells
        BitSet hidden = new BitSet();
        for (int i = 0; i < cells.size(); i++) {
            if (known.get(i) == null) {
                hidden.set(i);
            }
        }
        BitSet determined = gaussian(equations, hidden, cells.size());
        List<String> solved = new ArrayList<>();
        for (int i = determined.nextSetBit(0); i >= 0; i = determined.nextSetBit(i + 1)) {
            if (isPublishedCount(cells.get(i))) {
                solved.add(cells.get(i));
            }
        }
        assertThat(solved)
                .as("withheld counts determined by the equations together")
                .isEmpty();
        assertThat(hidden.cardinality()).isGreaterThan(0);
    }

    @Test
    void answersEveryoneTheSameWhateverTheirScope() throws Exception {
        String asRt = mvc.perform(get("/api/open/indicators/36.72.01").with(httpBasic("rt", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String asCity = mvc.perform(get("/api/open/indicators/36.72.01").with(httpBasic("kota", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asRt).isEqualTo(asCity);
    }

    private static boolean isPublishedCount(String cell) {
        return COUNTS.contains(cell.substring(cell.indexOf('/') + 1));
    }

    private static int[] cells(Map<String, Integer> index, String area, String total, String a, String b) {
        return new int[] {index.get(area + "/" + total), index.get(area + "/" + a), index.get(area + "/" + b)};
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, Integer> exactCounts(AreaIndicators a) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("residents", a.residents());
        counts.put("workingAge", a.workingAge());
        counts.put("answered", a.answered());
        counts.put("labourForce", a.labourForce());
        counts.put("employed", a.employed());
        counts.put("unemployed", a.unemployed());
        counts.put("notInLabourForce", a.notInLabourForce());
        counts.put("youthLabourForce", a.youthLabourForce());
        counts.put("youthUnemployed", a.youthUnemployed());
        return counts;
    }

    /** The attacker's own elimination, in doubles: a hidden cell is determined when a reduced row isolates it. */
    static BitSet gaussian(List<int[]> equations, BitSet hidden, int cells) {
        List<Integer> unknowns = hidden.stream().boxed().toList();
        Map<Integer, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (int[] equation : equations) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            for (int k = 0; k < equation.length; k++) {
                Integer c = column.get(equation[k]);
                if (c != null) {
                    row[c] += k == 0 ? 1 : -1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int rank = 0;
        int[] pivots = new int[rows.size()];
        for (int col = 0; col < unknowns.size() && rank < rows.size(); col++) {
            int best = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[col]) > 1e-9
                        && (best < 0 || Math.abs(rows.get(r)[col]) > Math.abs(rows.get(best)[col]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] swap = rows.get(rank);
            rows.set(rank, rows.get(best));
            rows.set(best, swap);
            double[] pivot = rows.get(rank);
            double p = pivot[col];
            for (int j = 0; j < pivot.length; j++) {
                pivot[j] /= p;
            }
            for (int r = 0; r < rows.size(); r++) {
                double[] row = rows.get(r);
                if (r != rank && Math.abs(row[col]) > 1e-12) {
                    double f = row[col];
                    for (int j = 0; j < row.length; j++) {
                        row[j] -= f * pivot[j];
                    }
                }
            }
            pivots[rank++] = col;
        }
        BitSet determined = new BitSet(cells);
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            for (double v : rows.get(r)) {
                if (Math.abs(v) > 1e-9) {
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                determined.set(unknowns.get(pivots[r]));
            }
        }
        return determined;
    }
}
