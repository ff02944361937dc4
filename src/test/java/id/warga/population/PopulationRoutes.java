package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.access.Route;
import id.warga.access.RouteCatalogue;
import id.warga.access.RouteFixtures;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The Registry's routes for the scope walk. Every household here is registered through the
 * registry's own commands and has the same shape: a working head, his wife whose labour block is
 * still open (a warning the RT head must see), and an infant still waiting for a NIK.
 *
 * <p>One household lives in the {@code rt} user's own RT and serves the reads; one lives in the
 * neighbouring RT of the same RW and is the target of every foreign request. A change is sent to
 * a fresh household of the user's own RT first (it must be applied: the control that the request
 * is valid) and then, with the very same body, to the neighbour's household, which must be refused
 * and left exactly as it was. Fresh households have the same versions, so one body fits both.
 * Where a body must name the household's own members or KK number (a new head, a split, a KK
 * correction, a new KK), it names the neighbour's and the control is a dry run of the same command
 * by the lurah, whose area covers both RTs: it breaks no rule, so only the scope refuses it.
 */
class PopulationRoutes implements RouteCatalogue {

    static final String OWN_RT = RouteFixtures.OWN_RT.value();
    static final String OTHER_RT = RouteFixtures.OTHER_RT.value();
    static final String KELURAHAN = "36.72.01.1002";
    static final String RW = "36.72.01.1002.001";

    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate YESTERDAY = TODAY.minusDays(1);
    static final LocalDate HEAD_BORN = TODAY.minusYears(41).minusDays(12);
    static final LocalDate WIFE_BORN = TODAY.minusYears(36).minusDays(25);
    static final LocalDate INFANT_BORN = TODAY.minusDays(100);
    static final LocalDate NEWBORN_BORN = TODAY.minusDays(4);

    /** A word in the names of the own and the neighbour's household (and no one else's): one search finds both. */
    static final String SHARED_WORD = "PENJELAJAH";

    RouteFixtures walk;
    RegistryFixtures registry;
    PopulationRegistry commands;

    Family own;
    Family other;
    /** A fresh household of the own RT for each change route, with its state before the walk. */
    final Map<String, Family> fresh = new HashMap<>();

    final String newKk = RegistryFixtures.kkNumber();
    final String splitKk = RegistryFixtures.kkNumber();
    final String pageKk = RegistryFixtures.kkNumber();
    final LocalDate newHeadBorn = TODAY.minusYears(33).minusDays(40);
    final String newHeadNik = RegistryFixtures.nik(newHeadBorn, Sex.MALE);
    final String pageHeadNik = RegistryFixtures.nik(newHeadBorn, Sex.MALE);

    /** One household as the walk uses it, with what it looked like when made. */
    record Family(HouseholdView household, ResidentView head, ResidentView wife, ResidentView infant, String before) {

        long id() {
            return household.id();
        }
    }

    @Override
    public void prepare(RouteFixtures fixtures) {
        walk = fixtures;
        commands = fixtures.bean(PopulationRegistry.class);
        registry = new RegistryFixtures(
                commands,
                fixtures.bean(PopulationDirectory.class),
                fixtures.bean(RegionUnits.class),
                fixtures.bean(RegionDirectory.class));
        own = family(OWN_RT, "ADI", "AYU", "ARUM", SHARED_WORD);
        other = family(OTHER_RT, "BAGUS", "BUNGA", "BINTANG", SHARED_WORD);
        for (String route : List.of(
                "PUT /api/households/{id}",
                "POST /api/households/{id}/members",
                "POST /api/households/{id}/move",
                "PUT /api/residents/{id}",
                "PUT /api/residents/{id}/labour",
                "POST /api/residents/{id}/events",
                "POST /api/residents/{id}/confirmations",
                "POST /warga/kk/{id}/anggota-baru",
                "POST /warga/kk/{id}/pindah",
                "POST /warga/penduduk/{id}/ubah",
                "POST /warga/penduduk/{id}/kerja",
                "POST /warga/penduduk/{id}/peristiwa",
                "POST /warga/penduduk/{id}/konfirmasi")) {
            Family family = family(OWN_RT, "CAKRA", "CITRA", "CAHAYA", "PENGUJI");
            assertThat(List.of(
                            family.household().version(),
                            family.wife().version(),
                            family.infant().version()))
                    .as("a fresh household has the versions of the neighbour's, so one body fits both")
                    .isEqualTo(List.of(
                            other.household().version(),
                            other.wife().version(),
                            other.infant().version()));
            fresh.put(route, family);
        }
    }

    private Family family(String rt, String head, String wife, String infant, String surname) {
        HouseholdView household = registry.register(
                registry.rt(rt),
                List.of(
                        new NewMember(
                                new ResidentDetails(
                                        RegistryFixtures.nik(HEAD_BORN, Sex.MALE),
                                        head + " " + surname,
                                        Sex.MALE,
                                        "CILEGON",
                                        HEAD_BORN,
                                        1,
                                        2,
                                        5,
                                        1,
                                        CodeLists.HEAD,
                                        1,
                                        null),
                                RegistryFixtures.answer(LabourActivity.WORKED)),
                        new NewMember(
                                new ResidentDetails(
                                        RegistryFixtures.nik(WIFE_BORN, Sex.FEMALE),
                                        wife + " " + surname,
                                        Sex.FEMALE,
                                        "CILEGON",
                                        WIFE_BORN,
                                        1,
                                        2,
                                        5,
                                        1,
                                        CodeLists.WIFE,
                                        1,
                                        null),
                                null),
                        new NewMember(
                                new ResidentDetails(
                                        null,
                                        infant + " " + surname,
                                        Sex.FEMALE,
                                        "CILEGON",
                                        INFANT_BORN,
                                        1,
                                        1,
                                        1,
                                        1,
                                        CodeLists.CHILD,
                                        1,
                                        null),
                                null)));
        return new Family(
                household,
                registry.member(household, head + " " + surname),
                registry.member(household, wife + " " + surname),
                registry.member(household, infant + " " + surname),
                snapshot(household.id()));
    }

    @Override
    public List<Route> routes() {
        Family o = own;
        Family x = other;
        String[] ownTexts = {o.household().kkNumber(), o.head().name(), o.head().nik()};
        String[] otherTexts = {
            x.household().kkNumber(),
            x.head().name(),
            x.head().nik(),
            x.wife().name(),
            x.wife().nik(),
            x.infant().name()
        };
        return List.of(
                // ---- the API: lists and records
                Route.area("GET", "/api/households")
                        .sample("/api/households?region=" + KELURAHAN + "&q=" + SHARED_WORD + "&size=100")
                        .shows(o.household().kkNumber(), o.head().name())
                        .hides(otherTexts),
                Route.area("GET", "/api/households/{id}")
                        .sample("/api/households/" + o.id())
                        .own("/api/households/" + o.id())
                        .foreign("/api/households/" + x.id()),
                Route.area("GET", "/api/residents")
                        .sample("/api/residents?region=" + KELURAHAN + "&q=" + SHARED_WORD + "&status=ALL&size=100")
                        .shows(ownTexts)
                        .hides(otherTexts),
                Route.area("GET", "/api/residents/{id}")
                        .sample("/api/residents/" + o.head().id())
                        .own("/api/residents/" + o.head().id())
                        .foreign("/api/residents/" + x.head().id()),
                Route.area("GET", "/api/residents/{id}/history")
                        .sample("/api/residents/" + o.wife().id() + "/history")
                        .own("/api/residents/" + o.wife().id() + "/history")
                        .foreign("/api/residents/" + x.wife().id() + "/history"),
                Route.area("GET", "/api/open-warnings")
                        .sample("/api/open-warnings?region=" + RW)
                        .shows(o.wife().name(), o.infant().name())
                        .hides(x.wife().name(), x.infant().name(), x.head().name()),
                // reading a NIK looks nobody up, so it names nobody, not even the neighbour holding it
                Route.signedIn("GET", "/api/nik/{nik}")
                        .sample("/api/nik/" + x.head().nik())
                        .shows("\"valid\":true")
                        .hides(x.head().name(), x.household().kkNumber()),
                Route.signedIn("GET", "/api/code-lists"),

                // ---- the API: changes
                Route.area("POST", "/api/households")
                        .foreign("/api/households")
                        .body(newHouseholdJson())
                        .unchanged(f -> {
                            assertNoHousehold(newKk);
                            assertLurahCouldApply(new RegistryCommand.RegisterHousehold(
                                    newKk,
                                    "JL. ANGGREK 2",
                                    OTHER_RT,
                                    TODAY.minusYears(1),
                                    List.of(new NewMember(
                                            newHead(newHeadNik), RegistryFixtures.answer(LabourActivity.WORKED))),
                                    Set.of()));
                        }),
                Route.area("PUT", "/api/households/{id}")
                        .sample("/api/households/" + x.id())
                        .foreign("/api/households/" + x.id())
                        .body("{\"version\": %d, \"kkNumber\": \"%s\", \"address\": \"JL. KENANGA 9\"}"
                                .formatted(
                                        x.household().version(), x.household().kkNumber()))
                        .unchanged(f -> {
                            assertOtherUnchanged();
                            assertLurahCouldApply(new RegistryCommand.ChangeHousehold(
                                    x.id(),
                                    x.household().version(),
                                    x.household().kkNumber(),
                                    "JL. KENANGA 9"));
                        }),
                Route.area("PUT", "/api/households/{id}/head")
                        .sample("/api/households/" + x.id() + "/head")
                        .foreign("/api/households/" + x.id() + "/head")
                        .body("{\"version\": %d, \"residentId\": %d, \"formerHeadRelation\": %d}"
                                .formatted(x.household().version(), x.wife().id(), CodeLists.HUSBAND))
                        .unchanged(f -> {
                            assertOtherUnchanged();
                            assertLurahCouldApply(new RegistryCommand.ChangeHead(
                                    x.id(), x.household().version(), x.wife().id(), CodeLists.HUSBAND));
                        }),
                changed(Route.area("POST", "/api/households/{id}/members"), "/api/households/%d/members", Family::id)
                        .body("""
                                {"version": %d, "reason": "BIRTH", "name": "DEWI KECIL", "sex": "FEMALE", "birthPlace": "CILEGON",
                                 "birthDate": "%s", "religion": 1, "maritalStatus": 1, "education": 1, "occupation": 1,
                                 "relation": 4}""".formatted(x.household().version(), NEWBORN_BORN)),
                changed(Route.area("POST", "/api/households/{id}/move"), "/api/households/%d/move", Family::id)
                        .body(
                                "{\"version\": %d, \"toRtCode\": \"%s\", \"address\": \"JL. MELATI 3\", \"occurredOn\": \"%s\"}"
                                        .formatted(
                                                x.household().version(), RouteFixtures.OTHER_RW_RT.value(), YESTERDAY)),
                Route.area("POST", "/api/households/{id}/split")
                        .sample("/api/households/" + x.id() + "/split")
                        .foreign("/api/households/" + x.id() + "/split")
                        .body("""
                                {"version": %d, "kkNumber": "%s", "address": "JL. DAHLIA 4", "rtCode": "%s",
                                 "occurredOn": "%s", "members": [{"residentId": %d, "relation": 1}]}""".formatted(
                                        x.household().version(),
                                        splitKk,
                                        OTHER_RT,
                                        YESTERDAY,
                                        x.wife().id()))
                        .unchanged(f -> {
                            assertOtherUnchanged();
                            assertNoHousehold(splitKk);
                            assertLurahCouldApply(new RegistryCommand.SplitHousehold(
                                    x.id(),
                                    x.household().version(),
                                    splitKk,
                                    "JL. DAHLIA 4",
                                    OTHER_RT,
                                    YESTERDAY,
                                    List.of(new RegistryCommand.SplitMember(
                                            x.wife().id(), CodeLists.HEAD)),
                                    null,
                                    Set.of()));
                        }),
                changed(
                                Route.area("PUT", "/api/residents/{id}"),
                                "/api/residents/%d",
                                f -> f.infant().id())
                        .body("""
                                {"version": %d, "name": "CAHAYA RAMADHANI", "sex": "FEMALE", "birthPlace": "CILEGON",
                                 "birthDate": "%s", "religion": 1, "maritalStatus": 1, "education": 1, "occupation": 1,
                                 "relation": 4, "citizenship": 1}""".formatted(x.infant().version(), INFANT_BORN)),
                changed(
                                Route.area("PUT", "/api/residents/{id}/labour"),
                                "/api/residents/%d/labour",
                                f -> f.wife().id())
                        .body(
                                "{\"version\": %d, \"activity\": \"WORKED\", \"referenceDate\": \"%s\", \"hoursWorked\": 35, \"employmentStatus\": 4}"
                                        .formatted(x.wife().version(), TODAY)),
                changed(
                                Route.area("POST", "/api/residents/{id}/events"),
                                "/api/residents/%d/events",
                                f -> f.wife().id())
                        .body("{\"version\": %d, \"kind\": \"MOVE_OUT\", \"occurredOn\": \"%s\"}"
                                .formatted(x.wife().version(), YESTERDAY)),
                changed(
                                Route.area("POST", "/api/residents/{id}/confirmations"),
                                "/api/residents/%d/confirmations",
                                f -> f.wife().id())
                        .body("{\"code\": \"LABOUR_OCCUPATION_MISMATCH\"}"),

                // ---- pages: reads
                Route.signedIn("GET", "/warga").answers(302),
                Route.area("GET", "/warga/cari")
                        .sample("/warga/cari?region=" + KELURAHAN + "&q=" + SHARED_WORD)
                        .shows(ownTexts)
                        .hides(otherTexts),
                Route.area("GET", "/warga/rt/{code}")
                        .sample("/warga/rt/" + OWN_RT + "?q=" + SHARED_WORD)
                        .shows(o.household().kkNumber(), o.head().name())
                        .own("/warga/rt/" + OWN_RT)
                        .foreign("/warga/rt/" + OTHER_RT),
                Route.area("GET", "/warga/rt/{code}/peringatan")
                        .sample("/warga/rt/" + OWN_RT + "/peringatan")
                        .shows(o.wife().name(), o.infant().name())
                        .hides(x.wife().name(), x.infant().name())
                        .own("/warga/rt/" + OWN_RT + "/peringatan")
                        .foreign("/warga/rt/" + OTHER_RT + "/peringatan"),
                Route.area("GET", "/warga/rt/{code}/kk-baru")
                        .sample("/warga/rt/" + OWN_RT + "/kk-baru")
                        .own("/warga/rt/" + OWN_RT + "/kk-baru")
                        .foreign("/warga/rt/" + OTHER_RT + "/kk-baru"),
                read("/warga/kk/%d", o.id(), x.id()),
                read("/warga/kk/%d/anggota-baru", o.id(), x.id()),
                read("/warga/kk/%d/ubah", o.id(), x.id()),
                read("/warga/penduduk/%d", o.head().id(), x.head().id()),
                read("/warga/penduduk/%d/ubah", o.wife().id(), x.wife().id()),
                read("/warga/penduduk/%d/kerja", o.wife().id(), x.wife().id()),
                read("/warga/penduduk/%d/peristiwa", o.wife().id(), x.wife().id()),

                // ---- pages: changes
                Route.area("POST", "/warga/rt/{code}/kk-baru")
                        .sample("/warga/rt/" + OTHER_RT + "/kk-baru")
                        .foreign("/warga/rt/" + OTHER_RT + "/kk-baru")
                        .form(newHouseholdForm())
                        .unchanged(f -> {
                            assertNoHousehold(pageKk);
                            assertLurahCouldApply(new RegistryCommand.RegisterHousehold(
                                    pageKk,
                                    "JL. ANGGREK 5",
                                    OTHER_RT,
                                    TODAY.minusYears(1),
                                    List.of(new NewMember(newHead(pageHeadNik), null)),
                                    Set.of()));
                        }),
                Route.area("POST", "/warga/kk/{id}/ubah")
                        .sample("/warga/kk/" + x.id() + "/ubah")
                        .foreign("/warga/kk/" + x.id() + "/ubah")
                        .form(Map.of(
                                "version", String.valueOf(x.household().version()),
                                "kkNumber", x.household().kkNumber(),
                                "address", "JL. KENANGA 10"))
                        .unchanged(f -> {
                            assertOtherUnchanged();
                            assertLurahCouldApply(new RegistryCommand.ChangeHousehold(
                                    x.id(),
                                    x.household().version(),
                                    x.household().kkNumber(),
                                    "JL. KENANGA 10"));
                        }),
                Route.area("POST", "/warga/kk/{id}/kepala")
                        .sample("/warga/kk/" + x.id() + "/kepala")
                        .foreign("/warga/kk/" + x.id() + "/kepala")
                        .form(Map.of(
                                "version", String.valueOf(x.household().version()),
                                "newHeadId", String.valueOf(x.wife().id()),
                                "formerHeadRelation", String.valueOf(CodeLists.HUSBAND)))
                        .unchanged(f -> {
                            assertOtherUnchanged();
                            assertLurahCouldApply(new RegistryCommand.ChangeHead(
                                    x.id(), x.household().version(), x.wife().id(), CodeLists.HUSBAND));
                        }),
                changed(Route.area("POST", "/warga/kk/{id}/anggota-baru"), "/warga/kk/%d/anggota-baru", Family::id)
                        .form(Map.ofEntries(
                                Map.entry(
                                        "version", String.valueOf(x.household().version())),
                                Map.entry("reason", "BIRTH"),
                                Map.entry("name", "DEWI KECIL"),
                                Map.entry("sex", "FEMALE"),
                                Map.entry("birthPlace", "CILEGON"),
                                Map.entry("birthDate", NEWBORN_BORN.toString()),
                                Map.entry("religion", "1"),
                                Map.entry("maritalStatus", "1"),
                                Map.entry("education", "1"),
                                Map.entry("occupation", "1"),
                                Map.entry("relation", String.valueOf(CodeLists.CHILD)),
                                Map.entry("citizenship", "1"))),
                changed(Route.area("POST", "/warga/kk/{id}/pindah"), "/warga/kk/%d/pindah", Family::id)
                        .form(Map.of(
                                "version", String.valueOf(x.household().version()),
                                "toRtCode", RouteFixtures.OTHER_RW_RT.value(),
                                "address", "JL. MELATI 4",
                                "occurredOn", YESTERDAY.toString())),
                changed(
                                Route.area("POST", "/warga/penduduk/{id}/ubah"),
                                "/warga/penduduk/%d/ubah",
                                f -> f.infant().id())
                        .form(Map.ofEntries(
                                Map.entry("version", String.valueOf(x.infant().version())),
                                Map.entry("name", "CAHAYA RAMADHANI"),
                                Map.entry("sex", "FEMALE"),
                                Map.entry("birthPlace", "CILEGON"),
                                Map.entry("birthDate", INFANT_BORN.toString()),
                                Map.entry("religion", "1"),
                                Map.entry("maritalStatus", "1"),
                                Map.entry("education", "1"),
                                Map.entry("occupation", "1"),
                                Map.entry("relation", String.valueOf(CodeLists.CHILD)),
                                Map.entry("citizenship", "1"))),
                changed(
                                Route.area("POST", "/warga/penduduk/{id}/kerja"),
                                "/warga/penduduk/%d/kerja",
                                f -> f.wife().id())
                        .form(Map.of(
                                "version", String.valueOf(x.wife().version()),
                                "activity", "WORKED",
                                "referenceDate", TODAY.toString(),
                                "hoursWorked", "35",
                                "employmentStatus", "4")),
                changed(
                                Route.area("POST", "/warga/penduduk/{id}/peristiwa"),
                                "/warga/penduduk/%d/peristiwa",
                                f -> f.wife().id())
                        .form(Map.of(
                                "version", String.valueOf(x.wife().version()),
                                "kind", "MOVE_OUT",
                                "occurredOn", YESTERDAY.toString())),
                changed(
                                Route.area("POST", "/warga/penduduk/{id}/konfirmasi"),
                                "/warga/penduduk/%d/konfirmasi",
                                f -> f.wife().id())
                        .form(Map.of("code", "LABOUR_OCCUPATION_MISMATCH")));
    }

    /** A page of one record: the own one is shown, the neighbour's answers 404. */
    private static Route read(String uri, long ownId, long otherId) {
        String pattern = uri.replace("%d", "{id}");
        return Route.area("GET", pattern)
                .sample(uri.formatted(ownId))
                .own(uri.formatted(ownId))
                .foreign(uri.formatted(otherId));
    }

    /**
     * A change sent to a fresh household of the own RT, which it must change, and then to the
     * neighbour's, which must refuse it and stay as it was.
     */
    private Route changed(Route route, String uri, ToLongFunction<Family> target) {
        Family mine = fresh.get(route.key());
        assertThat(mine).as("a fresh household for " + route.key()).isNotNull();
        return route.sample(uri.formatted(target.applyAsLong(mine)))
                .own(uri.formatted(target.applyAsLong(mine)))
                .foreign(uri.formatted(target.applyAsLong(other)))
                .unchanged(f -> {
                    assertOtherUnchanged();
                    assertThat(snapshot(mine.id()))
                            .as("the same request changed the own RT's household (it is valid): " + route.key())
                            .isNotEqualTo(mine.before());
                });
    }

    private String newHouseholdJson() {
        return """
                {"kkNumber": "%s", "address": "JL. ANGGREK 2", "rtCode": "%s", "since": "%s",
                 "members": [{"nik": "%s", "name": "DIMAS PENDATANG", "sex": "MALE", "birthPlace": "CILEGON",
                   "birthDate": "%s", "religion": 1, "maritalStatus": 1, "education": 8, "occupation": 15,
                   "relation": 1, "citizenship": 1, "labour": {"activity": "WORKED", "referenceDate": "%s"}}]}""".formatted(newKk, OTHER_RT, TODAY.minusYears(1), newHeadNik, newHeadBorn, TODAY.minusDays(3));
    }

    private Map<String, String> newHouseholdForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kkNumber", pageKk);
        form.put("address", "JL. ANGGREK 5");
        form.put("occurredOn", TODAY.minusYears(1).toString());
        form.put("nik", pageHeadNik);
        form.put("name", "DIMAS PENDATANG");
        form.put("sex", "MALE");
        form.put("birthPlace", "CILEGON");
        form.put("birthDate", newHeadBorn.toString());
        form.put("religion", "1");
        form.put("maritalStatus", "1");
        form.put("education", "8");
        form.put("occupation", "15");
        form.put("relation", String.valueOf(CodeLists.HEAD));
        form.put("citizenship", "1");
        return form;
    }

    private ResidentDetails newHead(String nik) {
        return new ResidentDetails(
                nik, "DIMAS PENDATANG", Sex.MALE, "CILEGON", newHeadBorn, 1, 1, 8, 15, CodeLists.HEAD, 1, null);
    }

    private void assertOtherUnchanged() {
        assertThat(snapshot(other.id()))
                .as("the neighbouring RT's household, its members, history and confirmations are unchanged")
                .isEqualTo(other.before());
    }

    private void assertNoHousehold(String kkNumber) {
        assertThat(walk.jdbc()
                        .sql("select count(*) from population.household where kk_number = ?::bpchar")
                        .param(kkNumber)
                        .query(Long.class)
                        .single())
                .as("no household with KK " + kkNumber + " was made")
                .isZero();
    }

    /** The control: the lurah, whose area covers both RTs, could apply the command; only the scope refused it. */
    private void assertLurahCouldApply(RegistryCommand command) {
        List<RuleViolation> found = registry.as("lurah", () -> commands.check(command));
        assertThat(found)
                .as("the refused request breaks no rule of the registry")
                .isEmpty();
    }

    /** Everything about a household that a change could touch, as text. */
    private String snapshot(long householdId) {
        Long[] residents = walk.jdbc()
                .sql("select id from population.resident where household_id = ? order by id")
                .param(householdId)
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
        return walk.jdbc()
                .sql("""
                        select concat_ws(' | ',
                            (select row_to_json(h)::text from population.household h where h.id = :id),
                            (select string_agg(row_to_json(r)::text, ', ' order by r.id) from population.resident r
                                where r.household_id = :id or r.id = any(:residents)),
                            (select string_agg(row_to_json(p)::text, ', ' order by p.id) from population.residence p
                                where p.household_id = :id or p.resident_id = any(:residents)),
                            (select count(*) from population.life_event e
                                where e.household_id = :id or e.from_household_id = :id or e.resident_id = any(:residents)),
                            (select string_agg(w.resident_id || ':' || w.code, ', ' order by w.resident_id, w.code)
                                from population.confirmed_warning w where w.resident_id = any(:residents)))""")
                .param("id", householdId)
                .param("residents", residents)
                .query(String.class)
                .single();
    }
}
