package id.warga.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every API error: a stable machine code, a human message, and field violations if any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, List<Violation> violations) {

    public ApiError(String error, String message) {
        this(error, message, List.of());
    }

    /** One rule broken by one field of the input. */
    public record Violation(String field, String code, String message) {}
}
