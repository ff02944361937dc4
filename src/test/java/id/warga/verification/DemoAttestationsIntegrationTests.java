package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.access.AccessControl;
import id.warga.population.RtTallies;
import id.warga.region.RegionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo city's attestation history: RTs attest on time, late or not at all, and each RW counts its RTs. */
@SpringBootTest
class DemoAttestationsIntegrationTests {

    static final String RW = "36.72.06.1003.981";

    @Autowired
    VerificationFixtures fixtures;

    @Autowired
    RtTallies tallies;

    @Autowired
    AttestationRepository repository;

    @Autowired
    VerificationSettings settings;

    @Autowired
    AccessControl access;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void eachRwCountsTheAttestationsOfItsRtsAndASecondRunAddsNothing() {
        List<String> rts = List.of(RW + ".001", RW + ".002", RW + ".003", RW + ".004", RW + ".005");
        for (String rt : rts) {
            fixtures.registry.familyIn(rt);
            fixtures.as("admin", () -> tallies.recount(RegionCode.of(rt)));
        }
        // six closed months: an RW skips a month now and then, never all six (one in a million)
        List<YearMonth> months = new ArrayList<>();
        for (int back = 2; back <= 7; back++) {
            months.add(settings.currentMonth().minusMonths(back));
        }
        DemoAttestations demo = new DemoAttestations(tallies, repository, settings, access, transaction);

        int written = demo.write(RegionCode.of(RW), months);

        int found = 0;
        int rwMonths = 0;
        for (YearMonth month : months) {
            LocalDate deadline = settings.deadline(month);
            List<AttestationView> made = rts.stream()
                    .map(rt -> repository.find(rt, month))
                    .flatMap(Optional::stream)
                    .toList();
            assertThat(made).as(month.toString()).isNotEmpty().allSatisfy(a -> {
                LocalDate day = a.attestedAt().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
                assertThat(a.onTime()).as(a.unitCode()).isEqualTo(!day.isAfter(deadline));
                assertThat(a.households()).isPositive();
                assertThat(a.householdsNotReviewed()).isBetween(0, a.households());
            });
            found += made.size();
            Optional<AttestationView> rw = repository.find(RW, month);
            if (rw.isPresent()) {
                rwMonths++;
                assertThat(rw.get().rts()).isEqualTo(rts.size());
                assertThat(rw.get().rtsAttested()).isEqualTo(made.size());
                assertThat(rw.get().rtsAttestedOnTime()).isEqualTo((int)
                        made.stream().filter(AttestationView::onTime).count());
            }
        }
        assertThat(rwMonths).as("months the RW attested").isPositive();
        assertThat(written).isEqualTo(found + rwMonths);
        assertThat(demo.write(RegionCode.of(RW), months))
                .as("the same history again")
                .isZero();
    }
}
