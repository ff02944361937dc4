package id.warga.analytics.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Suppression of small counts in a table of additive figures, so that published figures do not
 * identify people. Cells are counts; each equation says a total is the sum of its parts (a parent
 * area of its children, the labour force of the employed and the unemployed, …).
 *
 * <p>Primary suppression hides every count below the threshold. Complementary suppression then
 * hides further counts until no hidden count can be worked out from the published ones: first
 * until no equation has exactly one hidden cell (plain subtraction), then until no hidden cell is
 * determined by the equations taken together (linear algebra: a hidden cell is determined exactly
 * when its unit vector lies in the row space of the equations restricted to the hidden cells).
 * Complements are the smallest published counts available, so the least is hidden.
 */
public final class CellSuppression {

    /** A prime for exact elimination over the integers modulo p. */
    private static final long P = 2_147_483_647L;

    private final List<Long> values = new ArrayList<>();
    private final List<int[]> equations = new ArrayList<>();

    /** Adds a cell with its count; answers its index. */
    public int cell(long value) {
        values.add(value);
        return values.size() - 1;
    }

    /** Declares {@code total = sum(parts)}. */
    public void sum(int total, List<Integer> parts) {
        if (parts.isEmpty()) {
            return;
        }
        int[] equation = new int[parts.size() + 1];
        equation[0] = total;
        for (int i = 0; i < parts.size(); i++) {
            equation[i + 1] = parts.get(i);
        }
        equations.add(equation);
    }

    public int size() {
        return values.size();
    }

    public List<int[]> equations() {
        return equations;
    }

    /** The cells to hide so that no count below {@code threshold} is published or derivable. */
    public BitSet suppress(long threshold) {
        BitSet hidden = new BitSet(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) < threshold) {
                hidden.set(i);
            }
        }
        while (true) {
            closeSingles(hidden);
            BitSet determined = determined(equations, hidden, values.size());
            if (determined.isEmpty()) {
                return hidden;
            }
            int complement = smallestPublishedBeside(determined, hidden);
            if (complement < 0) {
                return hidden;
            }
            hidden.set(complement);
        }
    }

    /** Until no equation has exactly one hidden cell, hides the smallest published cell of such an equation. */
    private void closeSingles(BitSet hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] equation : equations) {
                int count = 0;
                for (int cell : equation) {
                    if (hidden.get(cell)) {
                        count++;
                    }
                }
                if (count == 1) {
                    int complement = smallestPublished(equation, hidden);
                    if (complement >= 0) {
                        hidden.set(complement);
                        changed = true;
                    }
                }
            }
        }
    }

    private int smallestPublished(int[] equation, BitSet hidden) {
        int best = -1;
        for (int cell : equation) {
            if (!hidden.get(cell) && (best < 0 || better(cell, best))) {
                best = cell;
            }
        }
        return best;
    }

    private int smallestPublishedBeside(BitSet determined, BitSet hidden) {
        int best = -1;
        for (int[] equation : equations) {
            boolean touches = false;
            for (int cell : equation) {
                touches |= determined.get(cell);
            }
            if (touches) {
                int candidate = smallestPublished(equation, hidden);
                if (candidate >= 0 && (best < 0 || better(candidate, best))) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Smaller counts first; among equals the later cell (deeper in the tree, as tables are built). */
    private boolean better(int cell, int than) {
        int byValue = Long.compare(values.get(cell), values.get(than));
        return byValue < 0 || (byValue == 0 && cell > than);
    }

    /**
     * The hidden cells that the equations determine exactly, given every published cell: those
     * whose unit vector lies in the row space of the equations restricted to the hidden cells.
     */
    public static BitSet determined(List<int[]> equations, BitSet hidden, int cells) {
        List<Integer> unknowns = new ArrayList<>();
        int[] column = new int[cells];
        java.util.Arrays.fill(column, -1);
        for (int i = hidden.nextSetBit(0); i >= 0; i = hidden.nextSetBit(i + 1)) {
            column[i] = unknowns.size();
            unknowns.add(i);
        }
        int n = unknowns.size();
        List<long[]> rows = new ArrayList<>();
        for (int[] equation : equations) {
            long[] row = null;
            for (int k = 0; k < equation.length; k++) {
                int c = column[equation[k]];
                if (c >= 0) {
                    if (row == null) {
                        row = new long[n];
                    }
                    row[c] = mod(row[c] + (k == 0 ? 1 : -1));
                }
            }
            if (row != null) {
                rows.add(row);
            }
        }
        BitSet determined = new BitSet(cells);
        int rank = 0;
        int[] pivotColumn = new int[rows.size()];
        for (int col = 0; col < n && rank < rows.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[col] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = rows.get(rank);
            rows.set(rank, rows.get(pivot));
            rows.set(pivot, swap);
            long[] pivotRow = rows.get(rank);
            long inverse = inverse(pivotRow[col]);
            for (int j = 0; j < n; j++) {
                pivotRow[j] = pivotRow[j] * inverse % P;
            }
            for (int r = 0; r < rows.size(); r++) {
                long[] row = rows.get(r);
                if (r != rank && row[col] != 0) {
                    long factor = row[col];
                    for (int j = 0; j < n; j++) {
                        if (pivotRow[j] != 0) {
                            row[j] = mod(row[j] - factor * pivotRow[j] % P);
                        }
                    }
                }
            }
            pivotColumn[rank] = col;
            rank++;
        }
        for (int r = 0; r < rank; r++) {
            long[] row = rows.get(r);
            int nonZero = 0;
            for (long v : row) {
                if (v != 0) {
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                determined.set(unknowns.get(pivotColumn[r]));
            }
        }
        return determined;
    }

    private static long mod(long v) {
        long m = v % P;
        return m < 0 ? m + P : m;
    }

    private static long inverse(long a) {
        long result = 1, base = mod(a), exponent = P - 2;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
            exponent >>= 1;
        }
        return result;
    }
}
