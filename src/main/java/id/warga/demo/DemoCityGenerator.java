package id.warga.demo;

import id.warga.population.NewHousehold;
import id.warga.population.PopulationBulkLoad;
import id.warga.region.HeadAppointment;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionHeads;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the demo city: RW and RT units for every kelurahan, their heads, and a synthetic
 * population loaded with COPY, all in one transaction so an interrupted run leaves nothing.
 * The same seed gives the same city.
 */
@Service
public class DemoCityGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoCityGenerator.class);
    private static final int RESIDENTS_PER_RT = 160;

    private final RegionDirectory regions;
    private final RegionUnits units;
    private final RegionHeads heads;
    private final PopulationBulkLoad bulkLoad;
    private final TransactionTemplate transaction;
    private final DemoProgress progress;

    DemoCityGenerator(
            RegionDirectory regions,
            RegionUnits units,
            RegionHeads heads,
            PopulationBulkLoad bulkLoad,
            TransactionTemplate transaction,
            DemoProgress progress) {
        this.regions = regions;
        this.units = units;
        this.heads = heads;
        this.bulkLoad = bulkLoad;
        this.transaction = transaction;
        this.progress = progress;
    }

    /** Generates the city unless the registry already holds people; later starts reuse the data. */
    public DemoCity generateIfEmpty(DemoCitySettings settings) {
        if (!bulkLoad.registryIsEmpty()) {
            log.info("Demo city already present: reusing it");
            progress.finish(true);
            return null;
        }
        return generate(settings);
    }

    public DemoCity generate(DemoCitySettings settings) {
        DemoCityPlan plan = DemoCityPlan.fromStatistics(settings.scale()).within(settings.within());
        progress.start(plan.total());
        long started = System.currentTimeMillis();
        log.info(
                "Generating the demo city: {} residents in {} kelurahan (seed {})",
                plan.total(),
                plan.residentsByKelurahan().size(),
                settings.seed());
        try {
            DemoCity city = transaction.execute(tx -> build(plan, settings, started));
            progress.finish(true);
            log.info(
                    "Demo city ready in {} s: {} kelurahan, {} RW, {} RT, {} households, {} residents",
                    city.millis() / 1000.0,
                    city.kelurahan(),
                    city.rws(),
                    city.rts(),
                    city.households(),
                    city.residents());
            return city;
        } catch (RuntimeException e) {
            progress.finish(false);
            throw e;
        }
    }

    private DemoCity build(DemoCityPlan plan, DemoCitySettings settings, long started) {
        Random random = new Random(settings.seed());
        LocalDate today = LocalDate.now();
        List<String> cityKecamatan = kecamatanDigits("36.72");
        List<String> outside = new ArrayList<>();
        for (String area : List.of("36.04", "36.73", "36.01", "36.02", "36.03", "31.74", "32.04", "33.05")) {
            outside.addAll(kecamatanDigits(area));
        }
        DemoPeople people = new DemoPeople(random, today, new DemoIdentifiers(), cityKecamatan, outside);
        DemoHeads appointments = new DemoHeads(heads, random, today);

        int rwTotal = 0, rtTotal = 0, householdTotal = 0, residentTotal = 0;
        for (Map.Entry<String, Integer> entry : plan.residentsByKelurahan().entrySet()) {
            RegionCode kelurahan = RegionCode.of(entry.getKey());
            int residents = entry.getValue();
            List<Integer> rtPerRw = structure(residents, random);
            units.createTree(kelurahan, rtPerRw);
            List<Region> rts = regions.descendants(kelurahan, "rt");
            double[] factors = unemploymentFactors(rts, random);
            int[] sizes = split(residents, rts.size(), random);

            List<NewHousehold> households = new ArrayList<>();
            for (int i = 0; i < rts.size(); i++) {
                households.addAll(people.householdsFor(rts.get(i).code().value(), sizes[i], factors[i]));
            }
            bulkLoad.load(households);
            appointments.appointAll(kelurahan, regions.descendants(kelurahan, "rw"), rts, households);

            rwTotal += rtPerRw.size();
            rtTotal += rts.size();
            householdTotal += households.size();
            residentTotal += residents;
            progress.advance(residents);
            log.info(
                    "Demo city: {} {} done ({} residents, {}%)",
                    kelurahan, regions.require(kelurahan).name(), residents, progress.percent());
        }
        appointments.appointKecamatanHeads(plan.residentsByKelurahan().keySet());
        return new DemoCity(
                plan.residentsByKelurahan().size(),
                rwTotal,
                rtTotal,
                householdTotal,
                residentTotal,
                System.currentTimeMillis() - started);
    }

    /** 5–15 RW, each of 4–10 RT, sized so an RT holds about 160 residents (30–80 households). */
    static List<Integer> structure(int residents, Random random) {
        int rtTarget = Math.max(20, Math.round(residents / (float) RESIDENTS_PER_RT));
        int rwCount = Math.max(5, Math.min(15, Math.round(rtTarget / 7f)));
        rtTarget = Math.max(rwCount * 4, Math.min(rwCount * 10, rtTarget));
        List<Integer> rtPerRw = new ArrayList<>();
        for (int i = 0; i < rwCount; i++) {
            rtPerRw.add(4);
        }
        int extra = rtTarget - rwCount * 4;
        while (extra > 0) {
            int rw = random.nextInt(rwCount);
            if (rtPerRw.get(rw) < 10) {
                rtPerRw.set(rw, rtPerRw.get(rw) + 1);
                extra--;
            }
        }
        return rtPerRw;
    }

    /**
     * Each RT's unemployment relative to the city: a kelurahan, RW and RT effect, a few hotspots
     * and a few RTs with almost none, normalised to average 1.
     */
    private static double[] unemploymentFactors(List<Region> rts, Random random) {
        double kelurahan = logNormal(random, 0.30);
        java.util.Map<String, Double> rwFactor = new java.util.HashMap<>();
        double[] factors = new double[rts.size()];
        for (int i = 0; i < rts.size(); i++) {
            String rw = rts.get(i).parentCode().value();
            double rwEffect = rwFactor.computeIfAbsent(
                    rw, k -> logNormal(random, 0.35) * (random.nextDouble() < 0.05 ? 2.6 : 1.0));
            double rt = logNormal(random, 0.30);
            double r = random.nextDouble();
            if (r < 0.03) {
                rt *= 2.5;
            } else if (r < 0.08) {
                rt *= 0.1;
            }
            factors[i] = rwEffect * rt;
        }
        double mean = java.util.Arrays.stream(factors).average().orElse(1);
        for (int i = 0; i < factors.length; i++) {
            factors[i] = kelurahan * factors[i] / mean;
        }
        return factors;
    }

    private static double logNormal(Random random, double sigma) {
        return Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    /** Splits residents over RTs unevenly (±30%), summing exactly. */
    private static int[] split(int residents, int parts, Random random) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.7 + 0.6 * random.nextDouble();
            sum += weights[i];
        }
        int[] sizes = new int[parts];
        int assigned = 0;
        for (int i = 0; i < parts; i++) {
            sizes[i] = (int) Math.floor(residents * weights[i] / sum);
            assigned += sizes[i];
        }
        for (int i = 0; assigned < residents; i = (i + 1) % parts) {
            sizes[i]++;
            assigned++;
        }
        return sizes;
    }

    private List<String> kecamatanDigits(String within) {
        return regions.descendants(RegionCode.of(within), "kecamatan").stream()
                .map(r -> r.code().digits())
                .toList();
    }

    static HeadAppointment appointment(String name, String nik, String sk, LocalDate from, LocalDate to) {
        return new HeadAppointment(null, name, nik, null, sk, from, to);
    }
}
