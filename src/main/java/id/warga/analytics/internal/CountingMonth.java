package id.warga.analytics.internal;

import id.warga.population.LabourStatus;
import id.warga.population.ResidentProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The rules of one month's figures, in one place for the incremental path (events) and the
 * full rebuild (SQL), which must agree: a resident counts in a month when the registry counts
 * them (alive, living in the city) and was born by its last day; their age is their age on that
 * day; their labour answer is current when its reference date falls in the month or in the
 * {@code labourBlockMonths - 1} months before it.
 */
public record CountingMonth(YearMonth month, int labourBlockMonths) {

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    /** The first day on which a labour answer still counts as current in this month. */
    public LocalDate answersCurrentSince() {
        return month.minusMonths(labourBlockMonths - 1L).atDay(1);
    }

    /** How one resident counts, or empty when they do not count this month. */
    public Optional<Counted> count(ResidentProfile profile) {
        if (profile == null || profile.rtCode() == null || profile.birthDate() == null || profile.sex() == null) {
            return Optional.empty();
        }
        if (profile.birthDate().isAfter(lastDay())) {
            return Optional.empty();
        }
        int band = AgeBand.of(AgeBand.ageOn(profile.birthDate(), lastDay()));
        Integer education = profile.education();
        int educationCode =
                band == AgeBand.CHILDREN || education == null || education < 1 || education > 10 ? 0 : education;
        LabourCell cell = new LabourCell(profile.sex().code(), band, educationCode);
        LocalDate reference = profile.labourReferenceDate();
        boolean answered = band > AgeBand.CHILDREN
                && profile.labourActivity() != null
                && reference != null
                && !reference.isBefore(answersCurrentSince())
                && !reference.isAfter(lastDay());
        LabourStatus status = answered ? profile.labourActivity().status() : null;
        return Optional.of(new Counted(
                profile.rtCode(),
                cell,
                new Tally(
                        1,
                        answered ? 1 : 0,
                        status == LabourStatus.EMPLOYED ? 1 : 0,
                        status == LabourStatus.UNEMPLOYED ? 1 : 0)));
    }

    /** One resident's contribution to the counts of their RT. */
    public record Counted(String rtCode, LabourCell cell, Tally tally) {}
}
