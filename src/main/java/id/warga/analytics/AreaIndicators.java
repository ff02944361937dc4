package id.warga.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.warga.analytics.internal.Headline;
import id.warga.region.Region;
import java.time.YearMonth;
import java.util.List;

/**
 * The labour-force figures of one area in one month, and the same for each child area. Counts
 * are people; rates are percentages with one decimal, null where their base is zero (or, in the
 * open data, suppressed). {@code basis} is always {@code administrative}: figures counted from
 * the registry (angka administratif), not a survey estimate; {@code completeness} says how many
 * residents aged 15+ have a current labour answer.
 */
public record AreaIndicators(
        String code,
        String name,
        String level,
        String period,
        String basis,
        Integer residents,
        Integer workingAge,
        Integer answered,
        Integer labourForce,
        Integer employed,
        Integer unemployed,
        Integer notInLabourForce,
        Double tpt,
        Double tpak,
        Double completeness,
        Interval tptInterval,
        Integer youthLabourForce,
        Integer youthUnemployed,
        Double youthTpt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AreaIndicators> children) {

    public static final String ADMINISTRATIVE = "administrative";

    static AreaIndicators of(Region region, YearMonth period, Headline h, List<AreaIndicators> children) {
        return new AreaIndicators(
                region.code().value(),
                region.label(),
                region.level(),
                period.toString(),
                ADMINISTRATIVE,
                h.residents(),
                h.workingAge(),
                h.answered(),
                h.labourForce(),
                h.employed(),
                h.unemployed(),
                h.notInLabourForce(),
                Rates.percent(h.unemployed(), h.labourForce()),
                Rates.percent(h.labourForce(), h.answered()),
                Rates.percent(h.answered(), h.workingAge()),
                Rates.wilson(h.unemployed(), h.labourForce()),
                h.youthLabourForce(),
                h.youthUnemployed(),
                Rates.percent(h.youthUnemployed(), h.youthLabourForce()),
                children);
    }

    AreaIndicators withChildren(List<AreaIndicators> children) {
        return new AreaIndicators(
                code,
                name,
                level,
                period,
                basis,
                residents,
                workingAge,
                answered,
                labourForce,
                employed,
                unemployed,
                notInLabourForce,
                tpt,
                tpak,
                completeness,
                tptInterval,
                youthLabourForce,
                youthUnemployed,
                youthTpt,
                children);
    }
}
