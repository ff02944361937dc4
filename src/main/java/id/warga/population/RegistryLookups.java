package id.warga.population;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the rules on a new household need to know of the rest of the registry: whether a KK number
 * is taken and who holds a NIK. Answered by the tables row by row ({@link RegistryStore}) or from
 * rows read in advance for many households at once.
 */
interface RegistryLookups {

    boolean kkTaken(String kkNumber, Long exceptHouseholdId);

    Optional<ResidentView> livingByNik(String nik);

    Optional<ResidentView> formerByNik(String nik);

    Optional<LocalDate> lastResidenceEnd(long residentId);
}
