package id.warga.population;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.access.AuditTrail;
import id.warga.population.RegistryQueries.SearchTerms;
import id.warga.region.RegionCode;
import id.warga.region.RegionLevel;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry for the acting user: lists and searches filtered to their area scope in the
 * SQL, single records answered as absent (404) outside it, every full record read audited. Lists
 * are paged with a bounded offset and answer as fast for the whole city as for one RT.
 */
@Service
@Transactional(readOnly = true)
public class PopulationDirectory {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deeper than this a list is not read page by page any more: narrow it by area or search. */
    public static final int MAX_OFFSET = 10_000;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}0-9.'’-]+");

    private final RegistryQueries queries;
    private final RegistryStore store;
    private final AccessControl access;
    private final AuditTrail audit;
    private final KnownRegions regions;
    private final CodeLists codes;
    private final OpenWarnings warnings;

    PopulationDirectory(
            RegistryQueries queries,
            RegistryStore store,
            AccessControl access,
            AuditTrail audit,
            KnownRegions regions,
            CodeLists codes,
            OpenWarnings warnings) {
        this.queries = queries;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.regions = regions;
        this.codes = codes;
        this.warnings = warnings;
    }

    /** Households with a living member in the area (default: the user's own), optionally searched by NIK, KK or name. */
    public Listing<HouseholdSummary> households(HouseholdQuery query) {
        List<RuleViolation> found = new ArrayList<>();
        AreaScope scope = access.currentScope();
        String prefix = areaPrefix(query.region(), scope, found);
        SearchTerms terms = terms(query.q(), found);
        int offset = offset(query.page(), query.size(), found);
        fail(found);
        return queries.households(scope, terms, prefix, offset, query.size(), query.checkedBefore());
    }

    /**
     * Residents of the area: living ones by default, or of another life status; with
     * {@code livingOn}, those who lived there on that date (from the residence history).
     */
    public Listing<ResidentSummary> residents(ResidentQuery query) {
        List<RuleViolation> found = new ArrayList<>();
        AreaScope scope = access.currentScope();
        String prefix = areaPrefix(query.region(), scope, found);
        SearchTerms terms = terms(query.q(), found);
        int offset = offset(query.page(), query.size(), found);
        fail(found);
        if (query.livingOn() != null) {
            Listing<ResidentSummary> listing =
                    queries.livingOn(scope, terms, prefix, query.livingOn(), offset, query.size());
            // the list is of the area on that date; a resident who lives elsewhere now shows masked
            return new Listing<>(
                    listing.items().stream().map(this::masked).toList(), listing.total(), listing.totalExact());
        }
        return queries.residents(scope, terms, prefix, query.status(), offset, query.size());
    }

    /** A household card with its members; audited. */
    public HouseholdView household(long id) {
        AreaScope scope = access.currentScope();
        HouseholdView household = store.household(id, scope)
                .map(h -> queries.householdView(h.id()))
                .map(h -> withoutFormerMembersOutside(h, scope))
                .orElseThrow(() -> new NotFoundException("error.household.not-found", id));
        audit.recordRead("household", String.valueOf(id), RegionCode.of(household.rtCode()));
        return household;
    }

    /**
     * Former members (dead, moved out, missing) keep the RT they last lived in; when the household
     * has moved since, those outside the reader's scope are left out of its card.
     */
    private static HouseholdView withoutFormerMembersOutside(HouseholdView h, AreaScope scope) {
        List<ResidentView> former = h.formerMembers().stream()
                .filter(r -> scope.covers(RegionCode.of(r.rtCode())))
                .toList();
        if (former.size() == h.formerMembers().size()) {
            return h;
        }
        return new HouseholdView(
                h.id(),
                h.kkNumber(),
                h.address(),
                h.rtCode(),
                h.dissolvedOn(),
                h.version(),
                h.members(),
                former,
                h.checkedOn());
    }

    /** A resident's full record; audited. */
    public ResidentView resident(long id) {
        AreaScope scope = access.currentScope();
        // the household must be in scope, and so must the resident's own last RT: a member who died
        // or left before the household moved here stays with the RT they lived in
        ResidentView resident = store.householdOf(id, scope)
                .flatMap(h -> store.resident(id))
                .filter(r -> scope.covers(RegionCode.of(r.rtCode())))
                .orElseThrow(() -> new NotFoundException("error.resident.not-found", id));
        audit.recordRead("resident", String.valueOf(id), RegionCode.of(resident.rtCode()));
        return resident;
    }

    /** Where a resident lived and when, their life events, and their state on {@code on} if given; audited. */
    public ResidentHistory history(long id, LocalDate on) {
        ResidentView resident = resident(id);
        return queries.history(resident.id(), on);
    }

    /**
     * What an RT head should check in an RT or an RW: unconfirmed warnings about living residents,
     * labour blocks missing or older than six months, newborns without a NIK.
     */
    public List<OpenWarning> openWarnings(String region) {
        List<RuleViolation> found = new ArrayList<>();
        AreaScope scope = access.currentScope();
        RegionCode area = RegionCode.tryParse(region).orElse(null);
        if (area == null) {
            found.add(RuleViolation.error("REGION_INVALID", "region", String.valueOf(region)));
        } else if (area.level() != RegionLevel.RT && area.level() != RegionLevel.RW) {
            found.add(RuleViolation.error("REGION_LEVEL_RT_RW", "region", region));
        }
        fail(found);
        return warnings.in(scope, area.value() + "%", LocalDate.now());
    }

    /** The official code lists, for forms and API clients. */
    public CodeLists codeLists() {
        return codes;
    }

    /**
     * Reads a NIK for an officer: every defect, and what a valid one says (issuing kecamatan,
     * birth date, sex). Looks nobody up.
     */
    public NikReading readNik(String nik) {
        Nik.Reading reading = Nik.read(nik, LocalDate.now(), regions);
        String regionName = reading.regionCode() == null
                ? null
                : regions.find(reading.regionCode()).map(r -> r.name()).orElse(null);
        return new NikReading(reading, regionName);
    }

    /** The RTs of the kelurahan an RT lies in, named: where a household of it most often moves to. */
    public List<RtPlace> rtsOfKelurahan(String rtCode) {
        return regions.rtsOfKelurahan(rtCode).stream()
                .map(code -> new RtPlace(code, regions.place(code)))
                .toList();
    }

    /**
     * Every living resident of an area inside the acting user's scope, with their household's
     * address, household by household, streamed (for exports). Not audited record by record: the
     * caller records the export as one. Returns how many were handed on.
     */
    public long forEachLivingResident(RegionCode area, java.util.function.BiConsumer<ResidentView, String> each) {
        access.requireInScope(area);
        return store.forEachLiving(area.value(), access.currentScope(), each);
    }

    /**
     * The living resident with this NIK, if the acting user's area holds them: their id, RT and
     * name, for other modules that enrol residents (aid, scholarships). Empty for an unknown NIK,
     * a resident who died or moved away, or one outside the area. Not audited: it shows no record.
     */
    public java.util.Optional<Registered> livingResident(String nik) {
        if (!sixteenDigits(nik)) {
            return java.util.Optional.empty();
        }
        return queries.livingByNik(access.currentScope(), nik.strip());
    }

    /**
     * The household with this KK number, if it still has a living member and lies in the acting
     * user's area: its id, RT and its head's name. Empty otherwise.
     */
    public java.util.Optional<Registered> currentHousehold(String kkNumber) {
        if (!sixteenDigits(kkNumber)) {
            return java.util.Optional.empty();
        }
        return queries.currentByKk(access.currentScope(), kkNumber.strip());
    }

    /**
     * The household each of these residents belongs to now, by resident id, whatever the acting
     * user's area (ids only, no personal data): for rules across programmes that reach a person
     * and their household. Unknown ids are left out.
     */
    public Map<Long, Long> currentHouseholds(java.util.Collection<Long> residentIds) {
        return queries.currentHouseholds(residentIds);
    }

    /** The ids of a household's living members (ids only, no personal data). */
    public List<Long> livingMemberIds(long householdId) {
        return queries.livingMemberIds(householdId);
    }

    /** Shaped like a NIK or KK number (16 digits, spaces around ignored); their rules say the rest. */
    private static boolean sixteenDigits(String identifier) {
        return identifier != null
                && identifier.strip().length() == 16
                && DIGITS.matcher(identifier.strip()).matches();
    }

    /**
     * Which of these households of the RT moved in from another RT of the city and have not been
     * checked by this RT since (the destination head's hand-over: the move resets the check), with
     * where they came from and when. Households outside the acting user's scope are left out.
     */
    public Map<Long, Arrival> arrivalsToCheck(String rtCode, List<Long> householdIds) {
        Map<Long, Arrival> arrivals = queries.arrivalsToCheck(access.currentScope(), rtCode, householdIds);
        arrivals.replaceAll((id, a) -> a.named(placeName(a.fromRtCode())));
        return arrivals;
    }

    /** "RT 003/RW 001 Kedaleman" for an RT code. */
    public String placeName(String rtCode) {
        return regions.place(rtCode);
    }

    private ResidentSummary masked(ResidentSummary s) {
        String current = store.resident(s.id()).map(ResidentView::rtCode).orElse(s.rtCode());
        String nik = s.nik() == null
                ? null
                : RegionCode.tryParse(current)
                        .map(code -> access.identifier(s.nik(), code))
                        .orElse(Nik.mask(s.nik()));
        if (java.util.Objects.equals(nik, s.nik())) {
            return s;
        }
        return new ResidentSummary(
                s.id(),
                nik,
                s.name(),
                s.sex(),
                s.birthDate(),
                s.age(),
                s.relation(),
                s.householdId(),
                s.kkNumber() == null ? null : Nik.mask(s.kkNumber()),
                s.rtCode(),
                s.lifeStatus(),
                s.labourStatus(),
                s.labourReferenceDate(),
                s.version());
    }

    /**
     * The LIKE prefix of the area asked for (any level: everything inside it), or of the user's
     * own area when none is asked for. An area outside the scope gives an empty list, not an error.
     */
    private static String areaPrefix(String region, AreaScope scope, List<RuleViolation> found) {
        if (region == null || region.isBlank()) {
            if (!scope.unrestricted() && scope.roots().size() == 1) {
                return scope.roots().iterator().next().value() + "%";
            }
            return "%";
        }
        return RegionCode.tryParse(region.strip())
                .map(code -> code.value() + "%")
                .orElseGet(() -> {
                    found.add(RuleViolation.error("REGION_INVALID", "region", region));
                    return "%";
                });
    }

    private static SearchTerms terms(String q, List<RuleViolation> found) {
        if (q == null || q.isBlank()) {
            return SearchTerms.NONE;
        }
        String text = q.strip().replaceAll("\\s+", " ");
        String compact = text.replace(" ", "");
        if (DIGITS.matcher(compact).matches()) {
            if (compact.length() != 16) {
                found.add(RuleViolation.error("SEARCH_NUMBER_LENGTH", "q", compact.length()));
            }
            return new SearchTerms(compact, List.of());
        }
        if (text.length() > RegistryRules.NAME_MAX) {
            found.add(RuleViolation.error("TOO_LONG", "q", Labels.of("field.q"), RegistryRules.NAME_MAX));
            return SearchTerms.NONE;
        }
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!WORD.matcher(word).matches()) {
                found.add(RuleViolation.error("SEARCH_CHARACTERS", "q"));
                return SearchTerms.NONE;
            }
            words.add(word);
        }
        if (words.size() > 5) {
            words = words.subList(0, 5);
        }
        if (words.stream().mapToInt(String::length).max().orElse(0) < 3) {
            found.add(RuleViolation.error("SEARCH_TOO_SHORT", "q", 3));
        }
        return new SearchTerms(null, words);
    }

    private static int offset(int page, int size, List<RuleViolation> found) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            found.add(RuleViolation.error("SIZE_RANGE", "size", MAX_PAGE_SIZE));
            return 0;
        }
        if (page < 0) {
            found.add(RuleViolation.error("PAGE_RANGE", "page"));
            return 0;
        }
        long offset = (long) page * size;
        if (offset + size > MAX_OFFSET) {
            found.add(RuleViolation.error("PAGE_TOO_DEEP", "page", MAX_OFFSET));
            return 0;
        }
        return (int) offset;
    }

    private static void fail(List<RuleViolation> found) {
        if (!found.isEmpty()) {
            throw new RuleViolationsException(found);
        }
    }

    /** A search of households: in {@code region} (any level), by NIK, KK number or name ({@code q}). */
    /**
     * Households of an area, searched or not; with {@code checkedBefore}, only those whose data
     * were last checked before that day, or never (what an RT head still has to visit).
     */
    public record HouseholdQuery(String region, String q, int page, int size, LocalDate checkedBefore) {

        public HouseholdQuery(String region, String q, int page, int size) {
            this(region, q, page, size, null);
        }
    }

    /**
     * A search of residents: in {@code region}, by NIK, KK number or name, of a life status
     * (default alive), or as the area was on {@code livingOn}.
     */
    public record ResidentQuery(String region, String q, LifeStatus status, LocalDate livingOn, int page, int size) {}

    /** A household that moved into an RT from another RT of the city on a day. */
    public record Arrival(long householdId, String fromRtCode, String fromPlace, LocalDate on) {

        Arrival named(String place) {
            return new Arrival(householdId, fromRtCode, place, on);
        }
    }

    /** An RT by code and name. */
    public record RtPlace(String code, String name) {}

    /** A resident or household found by NIK or KK number: its id, where it lives, and a name. */
    public record Registered(long id, String rtCode, String name) {}

    /** A NIK as read, with the name of the kecamatan it was issued in. */
    public record NikReading(Nik.Reading reading, String regionName) {}
}
