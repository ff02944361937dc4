package id.warga.population.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of a registry API error: the platform's {@code {error, message, violations}} shape,
 * each violation also saying whether it blocks ({@code ERROR}) or asks for confirmation
 * ({@code WARNING}); after a stale write, {@code current} holds the record as it is now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistryError(String error, String message, List<Violation> violations, Object current) {

    /** One rule broken by one field of the input. */
    public record Violation(String field, String code, String message, String severity) {}
}
