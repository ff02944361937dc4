package id.warga.verification.web;

import id.warga.population.RuleViolationsException;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.ApiError;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Input the workflow's API cannot use (a page out of range, a month that is not YYYY-MM): 400 naming the field. */
@RestControllerAdvice(
        assignableTypes = {
            SubmissionApiController.class,
            AttestationApiController.class,
            CompletenessApiController.class,
            HonorApiController.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class VerificationApiErrors {

    private final MessageSource messages;

    VerificationApiErrors(MessageSource messages) {
        this.messages = messages;
    }
    /** Listing parameters out of range and the like, in the workflow's own API. */
    @ExceptionHandler(RuleViolationsException.class)
    ResponseEntity<ApiError> rules(RuleViolationsException e) {
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "rule_violated",
                        text("error.validation-failed"),
                        e.violations().stream().map(this::violation).toList()));
    }

    @ExceptionHandler(DateTimeParseException.class)
    ResponseEntity<ApiError> month(DateTimeParseException e) {
        String message = text("verification.api.month", e.getParsedString());
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "invalid_parameter",
                        message,
                        List.of(new ApiError.Violation("month", "MONTH_INVALID", message))));
    }

    private ApiError.Violation violation(RuleViolation v) {
        return new ApiError.Violation(
                v.field(), v.code(), text(v.messageKey(), v.arguments().toArray()));
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
