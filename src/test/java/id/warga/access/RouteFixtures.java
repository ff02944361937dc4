package id.warga.access;

import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a {@link RouteCatalogue} gets to make its sample records: the application's beans and the
 * RTs of the walk. The {@code rt} demo user holds {@link #OWN_RT}; {@link #OTHER_RT} is its
 * neighbour in the same RW (the closest a leak can come), {@link #OTHER_RW_RT} and
 * {@link #OTHER_KELURAHAN_RT} lie further away. All four exist once the walk starts.
 */
public final class RouteFixtures {

    public static final RegionCode OWN_RT = RegionCode.of("36.72.01.1002.001.001");
    public static final RegionCode OTHER_RT = RegionCode.of("36.72.01.1002.001.002");
    public static final RegionCode OTHER_RW_RT = RegionCode.of("36.72.01.1002.002.001");
    public static final RegionCode OTHER_KELURAHAN_RT = RegionCode.of("36.72.01.1001.001.001");

    private final ApplicationContext context;

    RouteFixtures(ApplicationContext context) {
        this.context = context;
        for (RegionCode rt : new RegionCode[] {OWN_RT, OTHER_RT, OTHER_RW_RT, OTHER_KELURAHAN_RT}) {
            ensureUnit(rt);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /** Creates the RW or RT (and its RW) unless another test already did. */
    public RegionCode ensureUnit(RegionCode code) {
        RegionDirectory regions = bean(RegionDirectory.class);
        if (regions.find(code).isPresent()) {
            return code;
        }
        RegionCode parent = code.parent().orElseThrow();
        if (regions.find(parent).isEmpty()) {
            ensureUnit(parent);
        }
        bean(RegionUnits.class).create(parent, code.localNumber(), null);
        return code;
    }
}
