package id.warga.access.internal;

import id.warga.access.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps a signed-in session current: a disabled account is signed out at its next request, and
 * changed roles or areas apply at once. Someone who must replace a temporary password is sent
 * to do that before anything else.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private static final List<PathPattern> STATIC_FILES = Arrays.stream(SecuritySettings.STATIC_FILES)
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    private final AccountGrants grants;
    private final AuthResponses responses;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentAccountFilter(AccountGrants grants, AuthResponses responses) {
        this.grants = grants;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> current = grants.byId(user.id());
        HttpSession session = request.getSession(false);
        boolean fromSession = session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        if (current.isEmpty()) {
            SecurityContextHolder.clearContext();
            if (fromSession) {
                session.invalidate();
            }
        } else if (!current.get().equals(user)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                    current.get(),
                    null,
                    current.get().roles().stream()
                            .map(role -> new SimpleGrantedAuthority(role.authority()))
                            .toList());
            refreshed.setDetails(authentication.getDetails());
            context.setAuthentication(refreshed);
            SecurityContextHolder.setContext(context);
            if (fromSession) {
                sessions.saveContext(context, request, response);
            }
        }
        if (current.isPresent() && current.get().passwordMustChange() && !mayWaitForNewPassword(request)) {
            if (AuthResponses.isApi(request)) {
                responses.write(
                        request,
                        response,
                        HttpStatus.FORBIDDEN,
                        "password_change_required",
                        "access.password.must-change");
            } else {
                response.sendRedirect(request.getContextPath() + "/saya/kata-sandi");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayWaitForNewPassword(HttpServletRequest request) {
        String path = AuthResponses.path(request);
        return path.equals("/saya/kata-sandi")
                || path.equals("/logout")
                || path.equals("/login")
                || path.equals("/error")
                || path.equals("/api/me")
                || path.equals("/api/me/password")
                || STATIC_FILES.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
    }
}
