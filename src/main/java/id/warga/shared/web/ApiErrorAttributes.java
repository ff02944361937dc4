package id.warga.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors raised outside any controller (an unknown route, a refused method, a failed filter)
 * answer API callers in the same {@code {error, message}} shape as the controllers do.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    private final MessageSource messages;

    ApiErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object uri = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        if (uri == null || !uri.toString().startsWith("/api/")) {
            return attributes;
        }
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        HttpStatus httpStatus = HttpStatus.resolve(status);
        String error = httpStatus == null ? "error" : httpStatus.name().toLowerCase(Locale.ROOT);
        String key = switch (status) {
            case 400 -> "error.page.400";
            case 401 -> "error.unauthenticated";
            case 403 -> "error.page.403";
            case 404 -> "error.route.not-found";
            case 405 -> "error.method.not-allowed-here";
            default -> "error.internal";
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", messages.getMessage(key, new Object[] {uri}, key, LocaleContextHolder.getLocale()));
        return body;
    }
}
