package id.warga.population;

import java.time.LocalDate;
import java.util.List;

/** A household to load in bulk, already validated, with its members; {@code since} opens their residence. */
public record NewHousehold(
        String kkNumber, String address, String rtCode, LocalDate since, List<NewResident> members) {}
