package id.warga.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a phone keeps the scripts, styles and map library. Pages link them through Spring's
 * resource chain with the content's hash in the file name ({@code warga-<md5>.css}), so such a
 * file never changes: it is kept for a year and not asked for again. A static file asked for
 * without a hash is revalidated each time (a 304 when unchanged). Without this, every page of a
 * signed-in user would download the map and chart libraries again over a slow network.
 */
@Component
class StaticResourceCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");
    private static final String[] STATIC = {"/css/", "/js/", "/img/", "/webjars/"};

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : STATIC) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return !path.startsWith("/favicon") && !path.startsWith("/manifest");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        response.setHeader(HttpHeaders.CACHE_CONTROL, HASHED.matcher(path).matches() ? IMMUTABLE : REVALIDATE);
        chain.doFilter(request, new NotKeptWhenRefused(response));
    }

    /** A missing or refused file is not kept: a later version of the page may link one that exists. */
    private static final class NotKeptWhenRefused extends HttpServletResponseWrapper {

        NotKeptWhenRefused(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            forget(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            forget(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            forget(status);
            super.sendError(status, message);
        }

        private void forget(int status) {
            if (status >= 400) {
                setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        }
    }
}
