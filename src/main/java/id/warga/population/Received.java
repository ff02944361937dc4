package id.warga.population;

/**
 * What became of a change handed in to the {@link RegistryIntake}: applied to the registry now
 * ({@code applied}), or waiting for review ({@code pending}).
 */
public record Received(Applied applied, PendingChange pending) {

    public static Received applied(Applied applied) {
        return new Received(applied, null);
    }

    public static Received waiting(PendingChange pending) {
        return new Received(null, pending);
    }

    public boolean waiting() {
        return pending != null;
    }
}
