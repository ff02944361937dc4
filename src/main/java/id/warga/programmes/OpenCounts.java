package id.warga.programmes;

import java.util.List;

/**
 * Counts for everyone, by area: a count below the publication threshold is withheld ({@code null})
 * and so is any count from which a withheld one could be worked out by subtraction.
 */
public record OpenCounts(String title, Long total, List<Cell> areas) {

    /** One area's count, {@code null} when withheld. */
    public record Cell(String code, String name, Long count) {}

    /**
     * Withholds counts below {@code minimum}; then, while a withheld count could be derived from the
     * total and the others, withholds the smallest published one too (or the total when none is left).
     * Zero identifies nobody and is published.
     */
    static OpenCounts suppressed(String title, long total, List<Cell> raw, int minimum) {
        java.util.List<Cell> cells = new java.util.ArrayList<>();
        int hidden = 0;
        for (Cell c : raw) {
            boolean small = c.count() != null && c.count() < minimum;
            cells.add(small ? new Cell(c.code(), c.name(), null) : c);
            hidden += small ? 1 : 0;
        }
        Long published = total > 0 && total < minimum ? null : total;
        if (hidden == 1 && published != null) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                Long n = cells.get(i).count();
                if (n != null && (smallest < 0 || n < cells.get(smallest).count())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                Cell c = cells.get(smallest);
                cells.set(smallest, new Cell(c.code(), c.name(), null));
            } else {
                published = null;
            }
        }
        return new OpenCounts(title, published, List.copyOf(cells));
    }
}
