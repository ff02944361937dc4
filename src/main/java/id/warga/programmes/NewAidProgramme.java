package id.warga.programmes;

/** An aid programme as the city creates it. */
public record NewAidProgramme(
        String name, AidSource source, AidTarget target, Integer year, Rupiah amount, Integer quota) {}
