package id.warga.analytics;

import id.warga.analytics.internal.Headline;

/** The figures of one category of a breakdown (a sex, an age band, an education level). */
public record CategoryFigures(
        String category,
        String label,
        int residents,
        int workingAge,
        int answered,
        int labourForce,
        int employed,
        int unemployed,
        Double tpt,
        Double tpak,
        Double completeness,
        Interval tptInterval) {

    static CategoryFigures of(String category, String label, Headline h) {
        return new CategoryFigures(
                category,
                label,
                h.residents(),
                h.workingAge(),
                h.answered(),
                h.labourForce(),
                h.employed(),
                h.unemployed(),
                Rates.percent(h.unemployed(), h.labourForce()),
                Rates.percent(h.labourForce(), h.answered()),
                Rates.percent(h.answered(), h.workingAge()),
                Rates.wilson(h.unemployed(), h.labourForce()));
    }
}
