package id.warga.programmes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An amount of money in whole rupiah (budgets and spending never use sen). Never negative; sums
 * refuse to overflow rather than wrap. Written the Indonesian way: "Rp 100.000.000".
 */
public record Rupiah(long amount) implements Comparable<Rupiah> {

    public static final Rupiah ZERO = new Rupiah(0);

    public Rupiah {
        if (amount < 0) {
            throw new IllegalArgumentException("an amount of rupiah cannot be negative: " + amount);
        }
    }

    @JsonCreator
    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    public Rupiah plus(Rupiah other) {
        return new Rupiah(Math.addExact(amount, other.amount));
    }

    /** What is left of this amount after {@code other}; negative results are refused. */
    public Rupiah minus(Rupiah other) {
        return new Rupiah(Math.subtractExact(amount, other.amount));
    }

    public Rupiah times(long factor) {
        return new Rupiah(Math.multiplyExact(amount, factor));
    }

    public boolean exceeds(Rupiah other) {
        return amount > other.amount;
    }

    public boolean isZero() {
        return amount == 0;
    }

    /** The share of {@code whole} this amount is, 0 when the whole is zero. */
    public double shareOf(Rupiah whole) {
        return whole.amount == 0 ? 0 : (double) amount / whole.amount;
    }

    @JsonValue
    public long value() {
        return amount;
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, other.amount);
    }

    /** "Rp 100.000.000": dots between thousands, no decimals. */
    public String formatted() {
        return "Rp " + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    /**
     * Reads what a person typed: digits with optional dots, commas or spaces between thousands and
     * an optional "Rp" ("Rp 1.500.000", "1500000"). Empty when it is not a whole amount.
     */
    public static java.util.Optional<Rupiah> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        if (t.regionMatches(true, 0, "Rp", 0, 2)) {
            t = t.substring(2).strip();
        }
        if (t.endsWith(",00") || t.endsWith(",-")) {
            t = t.substring(0, t.length() - 3);
        }
        t = t.replaceAll("[.\\s,]", "");
        if (t.isEmpty() || t.length() > 15 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Rupiah(Long.parseLong(t)));
    }

    @Override
    public String toString() {
        return formatted();
    }
}
