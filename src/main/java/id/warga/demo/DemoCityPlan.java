package id.warga.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * How many residents each kelurahan gets: the real 2025 kecamatan totals (Dukcapil, 483,015 in
 * all), split within a kecamatan by the kelurahan shares of the 2010 census.
 */
record DemoCityPlan(Map<String, Integer> residentsByKelurahan) {

    static final String STATISTICS = "data/demo/cilegon-statistics.csv";

    static DemoCityPlan fromStatistics(double scale) {
        Map<String, Integer> kecamatan2025 = new LinkedHashMap<>();
        Map<String, Integer> kelurahan2010 = new LinkedHashMap<>();
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(STATISTICS).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String code = row.get("kode");
                if (!"population_total".equals(row.get("indicator"))) {
                    continue;
                }
                int value = (int) Double.parseDouble(row.get("value"));
                if ("2025".equals(row.get("year")) && code.length() == 8) {
                    kecamatan2025.put(code, value);
                } else if ("2010".equals(row.get("year")) && code.length() == 13) {
                    kelurahan2010.put(code, value);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + STATISTICS, e);
        }
        Map<String, Integer> plan = new LinkedHashMap<>();
        kecamatan2025.forEach((kecamatan, total) -> {
            Map<String, Integer> shares = new LinkedHashMap<>();
            kelurahan2010.forEach((kel, pop) -> {
                if (kel.startsWith(kecamatan + ".")) {
                    shares.put(kel, pop);
                }
            });
            plan.putAll(largestRemainder((int) Math.round(total * scale), shares));
        });
        return new DemoCityPlan(plan);
    }

    int total() {
        return residentsByKelurahan.values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    DemoCityPlan within(String prefix) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        residentsByKelurahan.forEach((code, residents) -> {
            if (code.equals(prefix) || code.startsWith(prefix + ".")) {
                kept.put(code, residents);
            }
        });
        return new DemoCityPlan(kept);
    }

    /** Splits a total in proportion to weights so that the parts sum exactly to it. */
    static Map<String, Integer> largestRemainder(int total, Map<String, Integer> weights) {
        double sum = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> parts = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int assigned = 0;
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            double exact = (double) total * weight.getValue() / sum;
            int floor = (int) Math.floor(exact);
            parts.put(weight.getKey(), floor);
            assigned += floor;
            remainders.add(Map.entry(weight.getKey(), exact - floor));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        for (int i = 0; i < total - assigned; i++) {
            parts.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return parts;
    }
}
