package id.warga.verification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How validation works in this city: the levels that review an RT head's change (in order), the
 * monthly attestation's deadline day and how many months a household may go unchecked, the honor
 * (amount in rupiah and the rule that earns it), and the city's time zone, whose calendar days
 * decide what was on time; {@code city} is the served city's region code (its RTs and RWs are on the
 * honor list).
 */
@ConfigurationProperties("warga.verification")
public record VerificationSettings(
        @DefaultValue({"RW", "KELURAHAN"}) List<ReviewLevel> reviewLevels,
        @DefaultValue Attestation attestation,
        @DefaultValue Honor honor,
        @DefaultValue("Asia/Jakarta") ZoneId zone,
        @DefaultValue("36.72") String city) {

    public VerificationSettings {
        reviewLevels = reviewLevels.stream().distinct().sorted().toList();
    }

    /** The month it is now in the city. */
    public YearMonth currentMonth() {
        return YearMonth.now(zone);
    }

    /** The moment it is now, to the microsecond the database keeps. */
    public java.time.Instant now() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The day it is now in the city. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The deadline of a month: its {@code deadlineDay}, or its last day in a shorter month. */
    public LocalDate deadline(YearMonth month) {
        return month.atDay(Math.min(Math.max(1, attestation.deadlineDay()), month.lengthOfMonth()));
    }

    /** An RT attests its month by {@code deadlineDay}; a household unchecked for {@code reviewMonths} months is flagged. */
    public record Attestation(
            @DefaultValue("25") int deadlineDay,
            @DefaultValue("6") int reviewMonths) {}

    /** Rp {@code amount} a month to each RT and RW head who earns it under {@code rule}. */
    public record Honor(
            @DefaultValue("1000000") long amount,
            @DefaultValue("ATTESTED_BY_DEADLINE") HonorRule rule) {}
}
