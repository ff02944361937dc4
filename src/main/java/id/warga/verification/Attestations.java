package id.warga.verification;

import id.warga.access.AccessControl;
import id.warga.access.AuditTrail;
import id.warga.access.Role;
import id.warga.access.SignedInUser;
import id.warga.population.PopulationDirectory;
import id.warga.population.RtTallies;
import id.warga.population.RtTally;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import id.warga.shared.web.NotFoundException;
import id.warga.shared.web.RefusedException.Kind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly attestation: the checklist an RT head sees first (counted afresh for the RT), the
 * RT head's attestation, then the RW head's. Each is made once per unit and month, by the head
 * of that very unit, and publishes {@link RtDataAttested} or {@link RwDataAttested}.
 */
@Service
public class Attestations {

    private final AttestationRepository attestations;
    private final SubmissionRepository submissions;
    private final RtTallies tallies;
    private final PopulationDirectory directory;
    private final RegionDirectory regions;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VerificationSettings settings;

    Attestations(
            AttestationRepository attestations,
            SubmissionRepository submissions,
            RtTallies tallies,
            PopulationDirectory directory,
            RegionDirectory regions,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            VerificationSettings settings) {
        this.attestations = attestations;
        this.submissions = submissions;
        this.tallies = tallies;
        this.directory = directory;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
    }

    /** The RT's checklist for the month it is now, counted afresh, with the attestation if made. */
    @Transactional
    public RtChecklist rtChecklist(RegionCode rt) {
        Region unit = unit(rt, RegionLevel.RT);
        YearMonth month = settings.currentMonth();
        LocalDate deadline = settings.deadline(month);
        RtTally tally = tallies.recount(rt);
        int reviewMonths = settings.attestation().reviewMonths();
        LocalDate reviewedSince = settings.today().minusMonths(reviewMonths);
        int notReviewed = tallies.householdsNotCheckedSince(rt, reviewedSince);
        return new RtChecklist(
                unit.code().value(),
                directory.placeName(unit.code().value()),
                month,
                deadline,
                settings.today().isAfter(deadline),
                tally.households(),
                notReviewed,
                reviewMonths,
                reviewedSince,
                tally.workingAge(),
                tally.labourNotCurrent(),
                tally.openWarnings() == null ? 0 : tally.openWarnings(),
                submissions.count(rt.value(), SubmissionRepository.WAITING),
                submissions.count(rt.value(), "('REJECTED')"),
                attestations.find(rt.value(), month).orElse(null));
    }

    /** The RT head attests the RT for {@code month} (the month it is now). */
    @Transactional
    public AttestationView attestRt(RegionCode rt, YearMonth month) {
        RtChecklist checklist = rtChecklist(rt);
        Attestation.requireOpen(month, checklist.month());
        SignedInUser head = requireHead(rt, Role.RT, "ATTESTER_NOT_RT_HEAD");
        AttestationView made =
                Attestation.rt(checklist, head.username(), settings.now(), settings.currentMonth(), settings.zone());
        store(made);
        events.publishEvent(new RtDataAttested(
                made.unitCode(),
                made.month(),
                made.attestedBy(),
                made.attestedAt(),
                made.onTime(),
                made.householdsNotReviewed(),
                made.labourNotCurrent(),
                made.openWarnings(),
                made.pendingSubmissions()));
        return made;
    }

    /** The RW's checklist for the month it is now: its RTs with their attestations. */
    @Transactional(readOnly = true)
    public RwChecklist rwChecklist(RegionCode rw) {
        Region unit = unit(rw, RegionLevel.RW);
        YearMonth month = settings.currentMonth();
        LocalDate deadline = settings.deadline(month);
        Map<String, AttestationView> made = attestations.inArea(rw.value(), month).stream()
                .collect(Collectors.toMap(AttestationView::unitCode, Function.identity()));
        List<RwChecklist.RtStatus> rts = regions.children(rw).stream()
                .filter(Region::isRt)
                .map(rt -> new RwChecklist.RtStatus(
                        rt.code().value(),
                        directory.placeName(rt.code().value()),
                        made.get(rt.code().value())))
                .toList();
        return new RwChecklist(
                unit.code().value(),
                unit.label(),
                month,
                deadline,
                settings.today().isAfter(deadline),
                rts,
                submissions.count(rw.value(), SubmissionRepository.WAITING),
                made.get(rw.value()));
    }

    /** The RW head attests the RW; with RTs still missing, only when {@code acknowledgeMissing}. */
    @Transactional
    public AttestationView attestRw(RegionCode rw, YearMonth month, boolean acknowledgeMissing) {
        RwChecklist checklist = rwChecklist(rw);
        Attestation.requireOpen(month, checklist.month());
        SignedInUser head = requireHead(rw, Role.RW, "ATTESTER_NOT_RW_HEAD");
        AttestationView made = Attestation.rw(
                checklist,
                acknowledgeMissing,
                head.username(),
                settings.now(),
                settings.currentMonth(),
                settings.zone());
        store(made);
        events.publishEvent(new RwDataAttested(
                made.unitCode(),
                made.month(),
                made.attestedBy(),
                made.attestedAt(),
                made.onTime(),
                made.rts(),
                made.rtsAttested()));
        return made;
    }

    /** The attestations of a month made in an area the acting user's scope covers. */
    @Transactional(readOnly = true)
    public List<AttestationView> inArea(RegionCode area, YearMonth month) {
        access.requireInScope(area);
        return attestations.inArea(area.value(), month);
    }

    private void store(AttestationView made) {
        if (!attestations.insert(made)) {
            AttestationView first =
                    attestations.find(made.unitCode(), made.month()).orElse(made);
            throw new IllegalTransitionException(
                    Kind.CONFLICT, "ALREADY_ATTESTED", first.month().toString(), first.attestedBy());
        }
        audit.recordChange(
                "attestation",
                made.unitCode() + ":" + made.month(),
                RegionCode.of(made.unitCode()),
                null,
                Map.of("onTime", made.onTime(), "attestedBy", made.attestedBy()));
    }

    /** Only the head of this very unit attests it (the unit is in the user's areas at its own level). */
    private SignedInUser requireHead(RegionCode unit, Role role, String rule) {
        SignedInUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!user.has(role) || !user.scopeCodes().contains(unit.value())) {
            throw new IllegalTransitionException(Kind.FORBIDDEN, rule);
        }
        return user;
    }

    private Region unit(RegionCode code, RegionLevel level) {
        if (code.level() != level) {
            throw new NotFoundException("error.region.not-found", code.value());
        }
        access.requireInScope(code);
        return regions.require(code);
    }
}
