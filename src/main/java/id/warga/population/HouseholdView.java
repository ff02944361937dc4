package id.warga.population;

import java.time.LocalDate;
import java.util.List;

/**
 * A KK with its living members (head first) and those who left it by death, moving out or going
 * missing; {@code dissolvedOn} is set once nobody lives in it any more.
 */
public record HouseholdView(
        long id,
        String kkNumber,
        String address,
        String rtCode,
        LocalDate dissolvedOn,
        int version,
        List<ResidentView> members,
        List<ResidentView> formerMembers) {

    public ResidentView head() {
        return members.stream().filter(ResidentView::isHead).findFirst().orElse(null);
    }
}
