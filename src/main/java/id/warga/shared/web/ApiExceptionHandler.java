package id.warga.shared.web;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every API failure answers with {@link ApiError}: a stable code and a message in the caller's
 * language (Indonesian unless the request asks for English). Never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "not_found", e.messageKey(), e.arguments());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        String message = text(e.messageKey(), e.arguments());
        List<ApiError.Violation> violations = e.violations().stream()
                .map(v -> new ApiError.Violation(v.field(), v.code(), text(v.message())))
                .toList();
        return ResponseEntity.badRequest().body(new ApiError(e.error(), message, violations));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        List<ApiError.Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.Violation(
                        f.getField(), f.getCode(), messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest()
                .body(new ApiError("validation_failed", text("error.validation-failed"), violations));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
        List<ApiError.Violation> violations = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new ApiError.Violation(
                                r.getMethodParameter().getParameterName(),
                                err.getCodes() == null ? "invalid" : err.getCodes()[err.getCodes().length - 1],
                                messages.getMessage(err, LocaleContextHolder.getLocale()))))
                .toList();
        return ResponseEntity.badRequest()
                .body(new ApiError("validation_failed", text("error.validation-failed"), violations));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return respond(HttpStatus.BAD_REQUEST, "malformed_body", "error.body.malformed");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof BadRequestException badRequest) {
                return badRequest(badRequest);
            }
            cause = cause.getCause();
        }
        ApiError body = new ApiError(
                "invalid_parameter",
                text("error.parameter.invalid", e.getName()),
                List.of(new ApiError.Violation(e.getName(), "type", text("error.parameter.invalid", e.getName()))));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, "missing_parameter", "error.parameter.missing", e.getParameterName());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "error.method.not-allowed", e.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "error.media-type.unsupported");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "file_too_large", "error.upload.too-large");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        log.error("Unexpected error answering an API request", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "error.internal");
    }

    private ResponseEntity<ApiError> respond(HttpStatus status, String error, String key, Object... args) {
        return ResponseEntity.status(status).body(new ApiError(error, text(key, args)));
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
