package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.LabourAnswer;
import id.warga.region.RegionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The monthly attestation on a fixture RT whose every count is known: the checklist the RT head
 * sees first, the attestation that records it, once, by the RT head only; then the RW's.
 */
@SpringBootTest
@RecordApplicationEvents
class AttestationIntegrationTests {

    static final String RT = "36.72.08.1003.901.001";
    static final String SECOND_RT = "36.72.08.1003.901.002";

    @Autowired
    VerificationFixtures fixtures;

    @Autowired
    Attestations attestations;

    @Autowired
    VerificationSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    VerificationFixtures.Area area;

    @BeforeEach
    void rt() {
        area = fixtures.area(RT);
        fixtures.registry.rt(SECOND_RT);
    }

    @Test
    void theChecklistCountsWhatIsLeftToCheckAndTheAttestationRecordsItOnce() {
        LocalDate today = LocalDate.now();
        // a family checked today: father and mother 15+ with current answers, a child of ten
        HouseholdView family = fixtures.family(RT);
        // checked eight months ago: one adult who never answered the labour block
        HouseholdView unanswered = fixtures.registerAlone(RT, "BAMBANG TANPA JAWABAN", null);
        setChecked(unanswered.id(), today.minusMonths(8));
        // never checked: one adult whose answer is eight months old
        HouseholdView old = fixtures.registerAlone(
                RT,
                "CECEP JAWABAN LAMA",
                new LabourAnswer(LabourActivity.WORKED, today.minusDays(3), null, null, null));
        setChecked(old.id(), null);
        jdbc.sql("update population.resident set labour_reference_date = ? where household_id = ?")
                .params(today.minusMonths(8), old.id())
                .update();
        // one change waiting for review, one sent back
        fixtures.submit(area.rtHead(), VerificationFixtures.newborn(family, "BAYI MENUNGGU"));
        long returned = fixtures.submit(area.rtHead(), VerificationFixtures.newborn(family, "BAYI KEMBALI"))
                .pending()
                .submissionId();
        fixtures.as(area.rwHead(), () -> fixtures.submissions.reject(returned, "Tanggal lahir salah", null));

        RtChecklist checklist = fixtures.as(area.rtHead(), () -> attestations.rtChecklist(RegionCode.of(RT)));
        assertThat(checklist.month()).isEqualTo(settings.currentMonth());
        assertThat(checklist.households()).isEqualTo(3);
        assertThat(checklist.householdsNotReviewed()).isEqualTo(2);
        assertThat(checklist.reviewMonths()).isEqualTo(6);
        assertThat(checklist.workingAge()).isEqualTo(4);
        assertThat(checklist.labourNotCurrent()).isEqualTo(2);
        assertThat(checklist.openWarnings()).isEqualTo(2);
        assertThat(checklist.pendingSubmissions()).isEqualTo(1);
        assertThat(checklist.returnedSubmissions()).isEqualTo(1);
        assertThat(checklist.attestation()).isNull();

        AttestationView made =
                fixtures.as(area.rtHead(), () -> attestations.attestRt(RegionCode.of(RT), settings.currentMonth()));
        assertThat(made.attestedBy()).isEqualTo(area.rtHead());
        assertThat(made.onTime()).isTrue();
        assertThat(made.householdsNotReviewed()).isEqualTo(2);
        assertThat(made.labourNotCurrent()).isEqualTo(2);
        assertThat(made.openWarnings()).isEqualTo(2);
        assertThat(made.pendingSubmissions()).isEqualTo(1);
        assertThat(events.stream(RtDataAttested.class)).singleElement().satisfies(e -> {
            assertThat(e.rtCode()).isEqualTo(RT);
            assertThat(e.attestedBy()).isEqualTo(area.rtHead());
            assertThat(e.householdsNotReviewed()).isEqualTo(2);
        });
        assertThat(fixtures.as(area.rtHead(), () -> attestations.rtChecklist(RegionCode.of(RT)))
                        .attestation())
                .isEqualTo(made);

        assertThatThrownBy(() -> fixtures.as(
                        area.rtHead(), () -> attestations.attestRt(RegionCode.of(RT), settings.currentMonth())))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo("ALREADY_ATTESTED"));

        // the RW head attests after the RTs: with one of two still missing, only knowingly
        RegionCode rw = RegionCode.of(area.rw());
        RwChecklist rwChecklist = fixtures.as(area.rwHead(), () -> attestations.rwChecklist(rw));
        assertThat(rwChecklist.rts()).extracting(RwChecklist.RtStatus::rtCode).contains(RT, SECOND_RT);
        assertThat(rwChecklist.attested()).isEqualTo(1);
        assertThatThrownBy(() ->
                        fixtures.as(area.rwHead(), () -> attestations.attestRw(rw, settings.currentMonth(), false)))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo("RW_RTS_NOT_ATTESTED"));
        AttestationView rwMade =
                fixtures.as(area.rwHead(), () -> attestations.attestRw(rw, settings.currentMonth(), true));
        assertThat(rwMade.rtsAttested()).isEqualTo(1);
        assertThat(rwMade.rts()).isEqualTo(rwChecklist.rts().size());
        assertThat(events.stream(RwDataAttested.class)).hasSize(1);
    }

    @Test
    void onlyTheHeadOfTheUnitAttestsItAndOnlyForTheMonthItIsNow() {
        VerificationFixtures.Area own = fixtures.area("36.72.08.1003.902.001");
        RegionCode neighbour = RegionCode.of(fixtures.registry.rt("36.72.08.1003.902.002"));
        RegionCode rt = RegionCode.of(own.rt());
        assertThatThrownBy(() -> fixtures.as(own.rwHead(), () -> attestations.attestRt(rt, settings.currentMonth())))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo("ATTESTER_NOT_RT_HEAD"));
        assertThatThrownBy(() ->
                        fixtures.as(own.rtHead(), () -> attestations.attestRt(neighbour, settings.currentMonth())))
                .as("another RT of the same RW is outside the RT head's area")
                .isInstanceOf(id.warga.shared.web.NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(
                        own.rtHead(),
                        () -> attestations.attestRt(rt, settings.currentMonth().minusMonths(1))))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo("ATTESTATION_MONTH_CLOSED"));
        assertThatThrownBy(() -> fixtures.as(
                        own.rtHead(),
                        () -> attestations.attestRt(rt, settings.currentMonth().plusMonths(1))))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo("ATTESTATION_MONTH_NOT_OPEN"));
        assertThatThrownBy(() -> fixtures.as(
                        own.lurah(),
                        () -> attestations.attestRw(RegionCode.of(own.rw()), settings.currentMonth(), true)))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo("ATTESTER_NOT_RW_HEAD"));
        assertThat(jdbc.sql("select count(*) from verification.attestation where unit_code in (?, ?, ?)")
                        .params(own.rt(), neighbour.value(), own.rw())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void setChecked(long householdId, LocalDate on) {
        jdbc.sql("update population.household set checked_on = ? where id = ?")
                .params(on, householdId)
                .update();
    }
}
