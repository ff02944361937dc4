package id.warga.analytics;

/** A 95% interval of a rate, in percent: how far the rate could lie from the truth by chance alone. */
public record Interval(double low, double high) {}
