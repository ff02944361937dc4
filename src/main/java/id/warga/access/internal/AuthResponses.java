package id.warga.access.internal;

import id.warga.shared.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the application answers when sign-in is needed, fails or is refused: API callers get the
 * usual {@code {error, message}} JSON with 401, 403 or 429; pages go to the login form with a
 * reason it can explain in Indonesian or English.
 */
@Component
public class AuthResponses
        implements AuthenticationEntryPoint,
                AccessDeniedHandler,
                AuthenticationFailureHandler,
                AuthenticationSuccessHandler {

    static final String LAST_USERNAME = "warga.login.username";

    /** A bearer token that is unknown, revoked or expired. */
    static class InvalidTokenException extends AuthenticationException {
        InvalidTokenException() {
            super("invalid token");
        }
    }

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final PasswordLogin login;
    private final SavedRequestAwareAuthenticationSuccessHandler landing =
            new SavedRequestAwareAuthenticationSuccessHandler();

    AuthResponses(MessageSource messages, LocaleResolver locales, JsonMapper json, PasswordLogin login) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.login = login;
        landing.setDefaultTargetUrl("/saya");
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (isApi(request)) {
            String error;
            String key;
            HttpStatus status = HttpStatus.UNAUTHORIZED;
            if (failure instanceof PasswordLogin.ThrottledException) {
                status = HttpStatus.TOO_MANY_REQUESTS;
                error = "too_many_attempts";
                key = "access.login.throttled";
            } else if (failure instanceof LockedException) {
                error = "account_locked";
                key = "access.login.locked";
            } else if (failure instanceof DisabledException) {
                error = "account_disabled";
                key = "access.login.disabled";
            } else if (failure instanceof InvalidTokenException) {
                error = "unauthenticated";
                key = "access.token.invalid";
            } else {
                error = "unauthenticated";
                key = "error.unauthenticated";
            }
            // a Basic challenge would make browsers prompt for and then resend credentials on their own
            response.setHeader("WWW-Authenticate", "Bearer realm=\"warga\"");
            write(request, response, status, error, key);
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean csrf = denied instanceof CsrfException;
        if (isApi(request)) {
            write(request, response, HttpStatus.FORBIDDEN, "forbidden", csrf ? "access.csrf" : "error.page.403");
        } else if (csrf && (path(request).equals("/login") || !signedIn())) {
            // a form left open past its session: start again rather than show a bare 403
            response.sendRedirect(request.getContextPath() + "/login?expired");
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    private static boolean signedIn() {
        Authentication current = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return current != null
                && current.isAuthenticated()
                && !(current instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = failure instanceof PasswordLogin.ThrottledException
                ? "throttled"
                : failure instanceof LockedException
                        ? "locked"
                        : failure instanceof DisabledException ? "disabled" : "credentials";
        String username = request.getParameter("username");
        if (username != null && username.length() <= 40) {
            request.getSession().setAttribute(LAST_USERNAME, username.trim());
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(LAST_USERNAME);
        }
        if (authentication.getPrincipal() instanceof id.warga.access.SignedInUser user) {
            login.signedIn(user.id(), user.username(), request.getRemoteAddr());
            if (user.passwordMustChange()) {
                response.sendRedirect(request.getContextPath() + "/saya/kata-sandi");
                return;
            }
        }
        landing.onAuthenticationSuccess(request, response, authentication);
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String error, String key)
            throws IOException {
        Locale locale = locale(request);
        String message = messages.getMessage(key, null, key, locale);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(new ApiError(error, message)));
    }

    private Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang);
        }
        return locales.resolveLocale(request);
    }
}
