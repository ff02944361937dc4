package id.warga.analytics.internal;

/**
 * A cell of the counts: sex ("M"/"F"), age band and education (Dukcapil code 1–10, 0 unknown;
 * always 0 for children, whose schooling the labour tables do not use).
 */
public record LabourCell(String sex, int ageBand, int education) implements Comparable<LabourCell> {

    public boolean workingAge() {
        return ageBand > AgeBand.CHILDREN;
    }

    @Override
    public int compareTo(LabourCell other) {
        int c = sex.compareTo(other.sex);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(ageBand, other.ageBand);
        return c != 0 ? c : Integer.compare(education, other.education);
    }
}
