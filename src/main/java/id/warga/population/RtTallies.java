package id.warga.population;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.region.RegionCode;
import id.warga.region.RegionLevel;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's counts per RT ({@link RtTally}), for completeness figures and the monthly
 * attestation: read for any area as a prefix scan of a few thousand rows, kept current by every
 * change, and refreshed once a day as residents turn 15 and labour answers grow old.
 */
@Service
public class RtTallies {

    private static final Logger log = LoggerFactory.getLogger(RtTallies.class);

    private final JdbcClient jdbc;
    private final RegistryStore store;
    private final OpenWarnings warnings;
    private final AccessControl access;
    private final TransactionTemplate transaction;

    RtTallies(
            JdbcClient jdbc,
            RegistryStore store,
            OpenWarnings warnings,
            AccessControl access,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.store = store;
        this.warnings = warnings;
        this.access = access;
        this.transaction = transaction;
    }

    /** The counts of every RT inside the area (or the RT itself) that the acting user's scope covers. */
    @Transactional(readOnly = true)
    public List<RtTally> within(RegionCode area) {
        AreaScope scope = access.currentScope();
        return RegistryStore.bindScope(
                        jdbc.sql("select rt_code, households, residents, working_age, labour_current, open_warnings,"
                                        + " counted_on from population.rt_tally t where "
                                        + RegistryStore.inScope("t.rt_code")
                                        + " and (t.rt_code = :area or t.rt_code like :inside) order by t.rt_code")
                                .param("area", area.value())
                                .param("inside", area.value() + ".%"),
                        scope)
                .query((rs, n) -> new RtTally(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getObject(6, Integer.class),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** Counts one RT afresh, open warnings included, and keeps the counts; an RT outside the scope is absent. */
    @Transactional
    public RtTally recount(RegionCode rt) {
        requireRt(rt);
        LocalDate today = LocalDate.now();
        store.recount(List.of(rt.value()), today);
        store.storeOpenWarnings(
                rt.value(),
                warnings.in(AreaScope.everything(), rt.value() + "%", today).size());
        return within(rt).stream()
                .filter(t -> t.rtCode().equals(rt.value()))
                .findFirst()
                .orElseThrow();
    }

    /** Households of the RT with a living member whose data were not checked on or after the day. */
    @Transactional(readOnly = true)
    public int householdsNotCheckedSince(RegionCode rt, LocalDate since) {
        requireRt(rt);
        return jdbc.sql("""
                        select count(*) from population.household h
                        where h.rt_code = :rt and h.dissolved_on is null
                          and (h.checked_on is null or h.checked_on < :since)
                          and exists (select 1 from population.resident r
                                      where r.household_id = h.id and r.life_status = 'ALIVE')""")
                .param("rt", rt.value())
                .param("since", since)
                .query(Integer.class)
                .single();
    }

    /**
     * Recounts every RT counted before {@code today} or whose open warnings were never counted,
     * one RW per transaction; background work, outside any user's scope. Answers how many RTs
     * were counted.
     */
    public int refreshStale(LocalDate today) {
        long started = System.nanoTime();
        List<String> stale =
                jdbc.sql("""
                        select rt_code from population.rt_tally
                        where counted_on is null or counted_on < :today or open_warnings is null
                        order by rt_code""").param("today", today).query(String.class).list();
        Map<String, List<String>> byRw = new LinkedHashMap<>();
        for (String rt : stale) {
            String rw = RegionCode.tryParse(rt)
                    .filter(c -> c.level() == RegionLevel.RT)
                    .flatMap(RegionCode::parent)
                    .map(RegionCode::value)
                    .orElse(rt);
            byRw.computeIfAbsent(rw, k -> new ArrayList<>()).add(rt);
        }
        int counted = 0;
        for (Map.Entry<String, List<String>> rw : byRw.entrySet()) {
            counted += transaction.execute(tx -> {
                store.recount(rw.getValue(), today);
                Map<String, Integer> open = warnings.countByRt(rw.getKey() + "%", today);
                for (String rt : rw.getValue()) {
                    store.storeOpenWarnings(rt, open.getOrDefault(rt, 0));
                }
                return rw.getValue().size();
            });
        }
        if (counted > 0) {
            log.info(
                    "Counted {} RTs afresh (residents 15+, current labour blocks, open warnings) in {} ms",
                    counted,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return counted;
    }

    private void requireRt(RegionCode rt) {
        if (rt.level() != RegionLevel.RT) {
            throw new NotFoundException("error.region.not-found", rt.value());
        }
        access.requireInScope(rt);
    }
}
