package id.warga.shared.web;

import java.util.List;

/** Input that breaks a rule; carries the violations so the caller can fix each field. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class BadRequestException extends RuntimeException {

    private final String error;
    private final String messageKey;
    private final Object[] arguments;
    private final List<ApiError.Violation> violations;

    public BadRequestException(String error, String messageKey, Object... arguments) {
        this(error, List.of(), messageKey, arguments);
    }

    public BadRequestException(
            String error, List<ApiError.Violation> violations, String messageKey, Object... arguments) {
        super(messageKey);
        this.error = error;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.violations = List.copyOf(violations);
    }

    public String error() {
        return error;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    public List<ApiError.Violation> violations() {
        return violations;
    }
}
