package id.warga.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A decree appointing someone head of a unit. Either {@code headId} names a person who already
 * heads another unit, or {@code name} (and optionally NIK and phone) describes a new one.
 */
public record HeadAppointment(
        Long headId,
        @Size(max = 100) String name,

        @Pattern(regexp = "\\d{16}", message = "{validation.nik.digits}")
        String nik,

        @Size(max = 30) String phone,
        @NotBlank @Size(max = 100) String skNumber,
        @NotNull LocalDate startsOn,
        LocalDate endsOn) {}
