package id.warga.access;

import java.util.List;

/**
 * A module's routes for the scope walk ({@link RouteScopeIntegrationTests}). Every route that Spring
 * maps must appear in exactly one catalogue, or the walk fails. Put one implementation per module in
 * its test package, e.g. {@code src/test/java/id/warga/population/PopulationRoutes.java}; the walker
 * finds it on the class path (public or package-private, with a no-argument constructor).
 */
public interface RouteCatalogue {

    /**
     * Makes the records the samples point at: one in the {@code rt} demo user's own RT
     * ({@link RouteFixtures#OWN_RT}) and one in another RT ({@link RouteFixtures#OTHER_RT}). Called
     * once, before {@link #routes()}; keep the ids in fields.
     */
    default void prepare(RouteFixtures fixtures) {}

    /** Every route of the module, classified, with sample requests. */
    List<Route> routes();
}
