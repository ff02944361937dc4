package id.warga.analytics.internal;

/** The totals of one area in one month (or of one category within it), from which every rate derives. */
public record Headline(
        String code,
        int residents,
        int workingAge,
        int answered,
        int employed,
        int unemployed,
        int youthAnswered,
        int youthEmployed,
        int youthUnemployed) {

    public static Headline empty(String code) {
        return new Headline(code, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public int labourForce() {
        return employed + unemployed;
    }

    public int notInLabourForce() {
        return answered - employed - unemployed;
    }

    public int youthLabourForce() {
        return youthEmployed + youthUnemployed;
    }

    public Headline plus(LabourCell cell, Tally tally) {
        boolean youth = AgeBand.isYouth(cell.ageBand());
        return new Headline(
                code,
                residents + tally.residents(),
                workingAge + (cell.workingAge() ? tally.residents() : 0),
                answered + tally.answered(),
                employed + tally.employed(),
                unemployed + tally.unemployed(),
                youthAnswered + (youth ? tally.answered() : 0),
                youthEmployed + (youth ? tally.employed() : 0),
                youthUnemployed + (youth ? tally.unemployed() : 0));
    }
}
