package id.warga.analytics.internal;

/** The four counts kept per cell; everything else (labour force, rates) derives from them. */
public record Tally(int residents, int answered, int employed, int unemployed) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(
                residents + other.residents,
                answered + other.answered,
                employed + other.employed,
                unemployed + other.unemployed);
    }

    public Tally minus(Tally other) {
        return new Tally(
                residents - other.residents,
                answered - other.answered,
                employed - other.employed,
                unemployed - other.unemployed);
    }

    public boolean isZero() {
        return residents == 0 && answered == 0 && employed == 0 && unemployed == 0;
    }
}
