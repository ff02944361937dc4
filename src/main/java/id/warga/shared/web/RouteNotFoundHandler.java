package id.warga.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** An address nothing answers: the API's error body under /api, the friendly error page elsewhere. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RouteNotFoundHandler {

    private final MessageSource messages;

    RouteNotFoundHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noRoute(NoResourceFoundException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            String message = messages.getMessage(
                    "error.route.not-found", new Object[] {request.getRequestURI()}, LocaleContextHolder.getLocale());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", message));
        }
        return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
    }
}
