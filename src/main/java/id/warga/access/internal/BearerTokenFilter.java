package id.warga.access.internal;

import id.warga.access.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a request carrying {@code Authorization: Bearer <personal API token>}, for that request only. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuthResponses responses;

    BearerTokenFilter(ApiTokens tokens, AuthResponses responses) {
        this.tokens = tokens;
        this.responses = responses;
    }

    static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static boolean carriesBasic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> user = tokens.authenticate(
                request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            responses.commence(request, response, new AuthResponses.InvalidTokenException());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(),
                null,
                user.get().roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
