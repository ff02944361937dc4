package id.warga.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The honor list of a month for an area: the deadline, the amount and rule it was made under, and
 * one entry per RT and RW. A month that is over is {@code closed}: read from the snapshot kept when
 * it closed, so later changes of heads or settings do not rewrite what was paid. The month it is
 * now is provisional.
 */
public record HonorSheet(
        YearMonth month,
        String areaCode,
        String areaName,
        LocalDate deadline,
        long amount,
        HonorRule rule,
        boolean closed,
        Instant closedAt,
        List<HonorEntry> entries) {

    @JsonProperty
    public long eligibleCount() {
        return entries.stream().filter(HonorEntry::eligible).count();
    }

    @JsonProperty
    public long total() {
        return entries.stream().mapToLong(HonorEntry::amount).sum();
    }
}
