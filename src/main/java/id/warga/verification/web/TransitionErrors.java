package id.warga.verification.web;

import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.ApiError;
import id.warga.verification.IllegalTransitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The workflow's refusals as API answers, wherever they arise (the registry's API hands changes
 * in through the workflow too): {@code {error, message, violations}} with 409 for a transition the
 * state does not allow, 403 for an action that is someone else's, 400 for input to correct. The
 * message names the rule, in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TransitionErrors {

    private final MessageSource messages;

    TransitionErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ApiError> transition(IllegalTransitionException e) {
        String error = switch (e.kind()) {
            case CONFLICT -> "illegal_transition";
            case FORBIDDEN -> "forbidden";
            case INVALID -> "invalid_request";
        };
        String message = text(e.messageKey(), e.arguments().toArray());
        List<ApiError.Violation> violations = new ArrayList<>();
        violations.add(new ApiError.Violation("status", e.rule(), message));
        for (RuleViolation v : e.violations()) {
            violations.add(violation(v));
        }
        return ResponseEntity.status(e.status()).body(new ApiError(error, message, violations));
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
