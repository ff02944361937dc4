package id.warga.demo;

import id.warga.population.NewHousehold;
import id.warga.population.NewResident;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionHeads;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Appoints heads for the demo city: each RT and RW is headed by one of its own residents (some
 * RTs changed head at the start of the current term), each kelurahan by a lurah and each
 * kecamatan by a camat, with decree numbers in the city's style.
 */
final class DemoHeads {

    private static final LocalDate TERM_START = LocalDate.of(2024, 1, 2);
    private static final LocalDate PREVIOUS_TERM_START = LocalDate.of(2021, 1, 4);

    private final RegionHeads heads;
    private final Random random;
    private final LocalDate today;
    private int decree = 100;

    DemoHeads(RegionHeads heads, Random random, LocalDate today) {
        this.heads = heads;
        this.random = random;
        this.today = today;
    }

    void appointAll(RegionCode kelurahan, List<Region> rws, List<Region> rts, List<NewHousehold> households) {
        Map<String, List<NewHousehold>> byRt = new HashMap<>();
        for (NewHousehold household : households) {
            byRt.computeIfAbsent(household.rtCode(), k -> new java.util.ArrayList<>())
                    .add(household);
        }
        String kelDigits = kelurahan.value().substring(kelurahan.value().lastIndexOf('.') + 1);
        for (Region rt : rts) {
            List<NewHousehold> living = byRt.getOrDefault(rt.code().value(), List.of());
            if (living.isEmpty()) {
                continue;
            }
            String sk = "Lurah No. 141/" + (decree++) + "/" + kelDigits + "/2024";
            if (random.nextDouble() < 0.15 && living.size() > 1) {
                NewResident previous = headOf(living.get(living.size() - 1));
                heads.appoint(
                        rt.code(),
                        DemoCityGenerator.appointment(
                                previous.name(),
                                previous.nik(),
                                "Lurah No. 141/" + (decree++) + "/" + kelDigits + "/2021",
                                PREVIOUS_TERM_START,
                                null));
            }
            NewResident head = headOf(living.get(0));
            heads.appoint(rt.code(), DemoCityGenerator.appointment(head.name(), head.nik(), sk, TERM_START, null));
        }
        for (Region rw : rws) {
            NewHousehold household = rts.stream()
                    .filter(rt -> rt.parentCode().equals(rw.code()))
                    .map(rt -> byRt.getOrDefault(rt.code().value(), List.of()))
                    .filter(list -> list.size() > 2)
                    .map(list -> list.get(2))
                    .findFirst()
                    .orElse(null);
            if (household == null) {
                continue;
            }
            NewResident head = headOf(household);
            heads.appoint(
                    rw.code(),
                    DemoCityGenerator.appointment(
                            head.name(),
                            head.nik(),
                            "Lurah No. 142/" + (decree++) + "/" + kelDigits + "/2024",
                            TERM_START,
                            null));
        }
        heads.appoint(
                kelurahan,
                DemoCityGenerator.appointment(
                        DemoNames.person(random, random.nextDouble() < 0.3),
                        null,
                        "Walikota Cilegon No. 821.2/" + (decree++) + "/BKPSDM/2023",
                        LocalDate.of(2023, 3, 1).plusDays(random.nextInt(400)),
                        null));
    }

    void appointKecamatanHeads(Set<String> kelurahanCodes) {
        Set<String> kecamatan = new TreeSet<>();
        kelurahanCodes.forEach(code -> kecamatan.add(code.substring(0, 8)));
        for (String code : kecamatan) {
            LocalDate from = LocalDate.of(2023, 1, 2).plusDays(random.nextInt(500));
            heads.appoint(
                    RegionCode.of(code),
                    DemoCityGenerator.appointment(
                            DemoNames.person(random, random.nextDouble() < 0.25),
                            null,
                            "Walikota Cilegon No. 821.2/" + (decree++) + "/BKPSDM/" + from.getYear(),
                            from.isAfter(today) ? today : from,
                            null));
        }
    }

    private static NewResident headOf(NewHousehold household) {
        return household.members().stream()
                .filter(m -> m.relation() == 1)
                .findFirst()
                .orElse(household.members().get(0));
    }
}
