package id.warga.population;

import java.time.LocalDate;
import java.util.List;

/**
 * A KK with its living members (head first) and those who left it by death, moving out or going
 * missing; {@code dissolvedOn} is set once nobody lives in it any more; {@code checkedOn} is the
 * day its data were last checked (a visit by the RT head, or an approved change).
 */
public record HouseholdView(
        long id,
        String kkNumber,
        String address,
        String rtCode,
        LocalDate dissolvedOn,
        int version,
        List<ResidentView> members,
        List<ResidentView> formerMembers,
        LocalDate checkedOn) {

    public ResidentView head() {
        return members.stream().filter(ResidentView::isHead).findFirst().orElse(null);
    }
}
