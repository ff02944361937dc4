package id.warga.population.web;

import id.warga.population.RuleViolationsException;
import id.warga.population.StaleVersionException;
import id.warga.shared.rules.RuleViolation;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every way a registry request can fail into a clear answer: broken rules (400, or 422
 * while only warnings wait for confirmation), a stale version (409 with the current record),
 * and input that is not even readable (malformed JSON, a value of the wrong type, a number too
 * large, a bad parameter) as 400 naming the field. Never a 500.
 */
@RestControllerAdvice(
        assignableTypes = {HouseholdApiController.class, ResidentApiController.class, NikApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryApiErrors {

    private final MessageSource messages;

    RegistryApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolationsException.class)
    ResponseEntity<RegistryError> rules(RuleViolationsException e) {
        List<RegistryError.Violation> violations =
                e.violations().stream().map(this::violation).toList();
        if (e.onlyWarnings()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(new RegistryError("confirmation_required", text("registry.api.confirm"), violations, null));
        }
        return ResponseEntity.badRequest()
                .body(new RegistryError("rule_violated", text("error.validation-failed"), violations, null));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<RegistryError> stale(StaleVersionException e) {
        String message = text("registry.api.stale", e.expectedVersion(), e.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new RegistryError(
                        "stale_version",
                        message,
                        List.of(new RegistryError.Violation("version", "VERSION_STALE", message, "ERROR")),
                        e.current()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<RegistryError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        RegistryError.Violation violation;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            violation = input(path(unknown), "FIELD_UNKNOWN", unknown.getPropertyName());
        } else if (cause instanceof MismatchedInputException mismatch) {
            violation = input(path(mismatch), "TYPE_MISMATCH", expected(mismatch.getTargetType()));
        } else if (cause instanceof InputCoercionException coercion) {
            violation = input(path(coercion), "TYPE_MISMATCH", expected(coercion.getTargetType()));
        } else if (cause instanceof StreamReadException malformed) {
            var at = malformed.getLocation();
            violation = input("", "JSON_MALFORMED", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } else if (cause instanceof JacksonException other) {
            violation = input(path(other), "TYPE_MISMATCH", expected(null));
        } else {
            violation = input("", "BODY_REQUIRED");
        }
        return ResponseEntity.badRequest()
                .body(new RegistryError("malformed_body", text("error.body.malformed"), List.of(violation), null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<RegistryError> parameterType(MethodArgumentTypeMismatchException e) {
        RegistryError.Violation violation = input(e.getName(), "TYPE_MISMATCH", expected(e.getRequiredType()));
        return ResponseEntity.badRequest()
                .body(new RegistryError(
                        "invalid_parameter", text("error.parameter.invalid", e.getName()), List.of(violation), null));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<RegistryError> missingParameter(MissingServletRequestParameterException e) {
        RegistryError.Violation violation = input(e.getParameterName(), "REQUIRED", e.getParameterName());
        return ResponseEntity.badRequest()
                .body(new RegistryError(
                        "missing_parameter",
                        text("error.parameter.missing", e.getParameterName()),
                        List.of(violation),
                        null));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<RegistryError> missingHeader(MissingRequestHeaderException e) {
        RegistryError.Violation violation = input(e.getHeaderName(), "REQUIRED", e.getHeaderName());
        return ResponseEntity.badRequest()
                .body(new RegistryError(
                        "missing_header",
                        text("error.parameter.missing", e.getHeaderName()),
                        List.of(violation),
                        null));
    }

    private RegistryError.Violation violation(RuleViolation v) {
        return new RegistryError.Violation(
                v.field(),
                v.code(),
                text(v.messageKey(), v.arguments().toArray()),
                v.severity().name());
    }

    private RegistryError.Violation input(String field, String code, Object... args) {
        return new RegistryError.Violation(field, code, text("rule." + code, args), "ERROR");
    }

    private String expected(Class<?> type) {
        String kind;
        if (type == null) {
            kind = "value";
        } else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            kind = "number";
        } else if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            kind = "date";
        } else if (type == Boolean.class || type == boolean.class) {
            kind = "boolean";
        } else if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            kind = "list";
        } else if (type == String.class) {
            kind = "text";
        } else if (type == java.util.UUID.class) {
            kind = "uuid";
        } else {
            kind = "object";
        }
        return text("registry.type." + kind);
    }

    /** The JSON path of the failing value: {@code members[0].birthDate}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
