package id.warga.programmes;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's policy for its programmes: the RW environment fund's yearly amount per RW and the size
 * of a progress photo; the scholarship quota, the GPA to continue, the longest study and the amount
 * per semester; the smallest count published on the open pages; the city's time zone and region code.
 */
@ConfigurationProperties("warga.programmes")
public record ProgrammeSettings(
        @DefaultValue RwFund rwFund,
        @DefaultValue Scholarship scholarship,
        @DefaultValue("5") int openDataMinimumCount,
        @DefaultValue("Asia/Jakarta") ZoneId zone,
        @DefaultValue("36.72") String city) {

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public java.time.Instant now() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Rp {@code annualAmount} per RW per year; a progress photo of at most {@code maxPhotoBytes}. */
    public record RwFund(
            @DefaultValue("100000000") long annualAmount,
            @DefaultValue("2097152") int maxPhotoBytes) {

        public Rupiah allocation() {
            return Rupiah.of(annualAmount);
        }
    }

    /** At most {@code quota} awarded; GPA of at least {@code minimumGpa} to continue; {@code perSemester} for at most {@code maxSemesters}. */
    public record Scholarship(
            @DefaultValue("5000") int quota,
            @DefaultValue("3.0") java.math.BigDecimal minimumGpa,
            @DefaultValue("8") int maxSemesters,
            @DefaultValue("3000000") long perSemester) {}
}
