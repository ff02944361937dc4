package id.warga.programmes.web;

import id.warga.programmes.ProgrammeRuleException;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.ApiError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A programme's refused action as an API answer: {@code {error, message, violations}} with 409 for
 * a step the state does not allow (or a stale version), 403 for someone else's step, 400 for input
 * to correct; the message names the rule in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ProgrammeErrors {

    private final MessageSource messages;

    ProgrammeErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProgrammeRuleException.class)
    ResponseEntity<ApiError> refused(ProgrammeRuleException e) {
        String error = switch (e.kind()) {
            case CONFLICT -> "conflict";
            case FORBIDDEN -> "forbidden";
            case INVALID -> "rule_violated";
        };
        StringBuilder message =
                new StringBuilder(text(e.messageKey(), e.arguments().toArray()));
        if (e.rule().equals("INPUT_INVALID")) {
            e.violations()
                    .forEach(v -> message.append(' ')
                            .append(text(v.messageKey(), v.arguments().toArray())));
        }
        List<ApiError.Violation> violations = new ArrayList<>();
        if (e.violations().isEmpty()) {
            violations.add(new ApiError.Violation("status", e.rule(), message.toString()));
        }
        for (RuleViolation v : e.violations()) {
            violations.add(new ApiError.Violation(
                    v.field(), v.code(), text(v.messageKey(), v.arguments().toArray())));
        }
        return ResponseEntity.status(e.status()).body(new ApiError(error, message.toString(), violations));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
