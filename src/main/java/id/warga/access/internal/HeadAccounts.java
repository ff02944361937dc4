package id.warga.access.internal;

import id.warga.access.Role;
import id.warga.region.HeadAppointed;
import id.warga.region.HeadTerm;
import id.warga.region.RegionHeads;
import id.warga.shared.web.BadRequestException;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the heads of units. Each appointment of a head (ketua RT/RW, lurah, camat) is
 * offered to administrators, who create the head's account in one step: the unit as scope, the
 * role of the office. A head who already has an account gets the new unit added to it. A newer
 * appointment in the same unit replaces the offer for the previous head.
 */
@Service
public class HeadAccounts {

    private final JdbcClient jdbc;
    private final RegionHeads heads;
    private final UserAccounts accounts;

    HeadAccounts(JdbcClient jdbc, RegionHeads heads, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.heads = heads;
        this.accounts = accounts;
    }

    /** An appointment waiting for its account. */
    public record Offer(
            long termId,
            long headId,
            String headName,
            String regionCode,
            String office,
            Role role,
            String skNumber,
            LocalDate startsOn,
            LocalDate endsOn,
            String existingUsername,
            String suggestedUsername) {}

    /** The account made or extended; the temporary password when one was generated (shown once). */
    public record Result(Account account, String temporaryPassword, boolean addedToExisting) {}

    @EventListener
    void offer(HeadAppointed appointed) {
        jdbc.sql("""
                        update access.head_account_offer set dismissed_at = now()
                        where region_code = ? and term_id <> ? and taken_at is null and dismissed_at is null
                        """).params(appointed.regionCode().value(), appointed.termId()).update();
        jdbc.sql("""
                        insert into access.head_account_offer (term_id, head_id, region_code, office)
                        values (?, ?, ?, ?) on conflict (term_id) do nothing
                        """)
                .params(
                        appointed.termId(),
                        appointed.headId(),
                        appointed.regionCode().value(),
                        appointed.office())
                .update();
    }

    /** Open offers inside an area (all when blank), by area code. */
    public List<Offer> open(String area, int page, int size) {
        record Row(long termId, long headId, String regionCode, String office) {}
        List<Row> rows = jdbc.sql("""
                        select term_id, head_id, region_code, office from access.head_account_offer
                        where taken_at is null and dismissed_at is null
                          and (cast(? as text) is null or region_code = ? or region_code like ?)
                        order by region_code, term_id limit ? offset ?
                        """)
                .params(blank(area), blank(area), blank(area) == null ? null : area + ".%", size, page * size)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
        List<Offer> offers = new ArrayList<>();
        for (Row row : rows) {
            term(row.headId(), row.termId()).ifPresent(term -> offers.add(offer(term)));
        }
        return offers;
    }

    public long countOpen(String area) {
        return jdbc.sql("""
                        select count(*) from access.head_account_offer
                        where taken_at is null and dismissed_at is null
                          and (cast(? as text) is null or region_code = ? or region_code like ?)
                        """)
                .params(blank(area), blank(area), blank(area) == null ? null : area + ".%")
                .query(Long.class)
                .single();
    }

    public Offer require(long termId) {
        record Row(long headId, boolean open) {}
        Row row = jdbc.sql("""
                        select head_id, taken_at is null and dismissed_at is null from access.head_account_offer
                        where term_id = ?
                        """)
                .param(termId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBoolean(2)))
                .optional()
                .filter(Row::open)
                .orElseThrow(() -> new NotFoundException("access.head.offer-not-found", termId));
        return term(row.headId(), termId)
                .map(this::offer)
                .orElseThrow(() -> new NotFoundException("access.head.offer-not-found", termId));
    }

    /** Creates the head's account for the term, or adds the unit to the head's existing account. */
    @Transactional
    public Result create(long termId, String username, String password) {
        Offer offer = require(termId);
        Optional<Account> existing = accounts.findByHead(offer.headId());
        Result result;
        if (existing.isPresent()) {
            Account extended = accounts.addGrant(
                    existing.get().id(), offer.role(), offer.role().cityWide() ? null : offer.regionCode());
            result = new Result(extended, null, true);
        } else {
            String name = username == null || username.isBlank() ? offer.suggestedUsername() : username;
            UserAccounts.Created created = accounts.create(
                    new UserAccounts.NewAccount(
                            name,
                            offer.headName(),
                            password,
                            EnumSet.of(offer.role()),
                            offer.role().cityWide() ? List.of() : List.of(offer.regionCode())),
                    offer.headId());
            result = new Result(created.account(), created.temporaryPassword(), false);
        }
        jdbc.sql("update access.head_account_offer set taken_at = now(), account_id = ? where term_id = ?")
                .params(result.account().id(), termId)
                .update();
        return result;
    }

    @Transactional
    public void dismiss(long termId) {
        int changed = jdbc.sql("""
                        update access.head_account_offer set dismissed_at = now()
                        where term_id = ? and taken_at is null and dismissed_at is null
                        """).param(termId).update();
        if (changed == 0) {
            throw new NotFoundException("access.head.offer-not-found", termId);
        }
    }

    private Optional<HeadTerm> term(long headId, long termId) {
        return heads.termsOf(headId).stream().filter(t -> t.id() == termId).findFirst();
    }

    private Offer offer(HeadTerm term) {
        Optional<Account> existing = accounts.findByHead(term.headId());
        Role role;
        try {
            role = Role.forOffice(term.office());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("no_role_for_office", "access.head.no-role", term.office());
        }
        return new Offer(
                term.id(),
                term.headId(),
                term.headName(),
                term.regionCode().value(),
                term.office(),
                role,
                term.skNumber(),
                term.startsOn(),
                term.endsOn(),
                existing.map(Account::username).orElse(null),
                existing.isPresent() ? null : accounts.suggestUsername(term.headName()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
