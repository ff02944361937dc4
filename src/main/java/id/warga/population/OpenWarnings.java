package id.warga.population;

import id.warga.access.AreaScope;
import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What an RT head should check in an area: warnings about living residents that nobody confirmed,
 * labour blocks missing or older than six months, newborns without a NIK. Read by the registry's
 * pages and counted per RT for the completeness figures.
 */
@Component
class OpenWarnings {

    private final RegistryQueries queries;
    private final KnownRegions regions;
    private final CodeLists codes;

    OpenWarnings(RegistryQueries queries, KnownRegions regions, CodeLists codes) {
        this.queries = queries;
        this.regions = regions;
        this.codes = codes;
    }

    /** The open warnings of the living residents whose RT code starts with the prefix, within the scope. */
    List<OpenWarning> in(AreaScope scope, String areaPrefix, LocalDate today) {
        List<ResidentView> living = queries.livingIn(scope, areaPrefix);
        Map<Long, Set<String>> confirmed =
                queries.confirmedWarnings(living.stream().map(ResidentView::id).toList());
        RegistryRules rules = new RegistryRules(today, regions, codes);
        Map<Long, List<ResidentView>> byHousehold = new LinkedHashMap<>();
        living.forEach(r -> byHousehold
                .computeIfAbsent(r.householdId(), k -> new ArrayList<>())
                .add(r));
        List<OpenWarning> open = new ArrayList<>();
        for (List<ResidentView> household : byHousehold.values()) {
            List<RegistryRules.Member> facts = household.stream()
                    .map(r -> new RegistryRules.Member(r.id() + ".", r.id(), r.relation(), r.birthDate(), false))
                    .toList();
            List<RuleViolation> householdWarnings = rules.household(facts, "members").stream()
                    .filter(v -> !v.isError())
                    .toList();
            for (ResidentView r : household) {
                List<RuleViolation> warnings = new ArrayList<>();
                householdWarnings.stream()
                        .filter(v -> v.field().startsWith(r.id() + "."))
                        .forEach(v -> warnings.add(RegistryRules.refield(v, RegistryRules.leaf(v.field()))));
                rules.details(r.details(), "").stream()
                        .filter(v -> !v.isError())
                        .forEach(warnings::add);
                if (r.nik() == null) {
                    warnings.add(RuleViolation.warning("NIK_MISSING", "nik"));
                }
                if (r.workingAge()) {
                    if (!r.labour().answered()) {
                        warnings.add(RuleViolation.warning("LABOUR_BLOCK_MISSING", "activity"));
                    } else {
                        LabourAnswer answer = new LabourAnswer(
                                r.labour().activity(), r.labour().referenceDate(), null, null, null);
                        rules.labour(answer, null, r.occupation(), "").stream()
                                .filter(v -> !v.isError())
                                .forEach(warnings::add);
                    }
                }
                Set<String> done = confirmed.getOrDefault(r.id(), Set.of());
                warnings.stream()
                        .filter(v -> !(RegistryRules.CONFIRMABLE.contains(v.code()) && done.contains(v.code())))
                        .distinct()
                        .forEach(v -> open.add(new OpenWarning(r.id(), r.name(), r.householdId(), r.rtCode(), v)));
            }
        }
        open.sort(Comparator.comparing(OpenWarning::rtCode).thenComparing(OpenWarning::householdId));
        return open;
    }

    /** How many open warnings each RT under the prefix has (RTs without any are absent). */
    Map<String, Integer> countByRt(String areaPrefix, LocalDate today) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (OpenWarning w : in(AreaScope.everything(), areaPrefix, today)) {
            counts.merge(w.rtCode(), 1, Integer::sum);
        }
        return counts;
    }
}
