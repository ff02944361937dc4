package id.warga.access.internal;

import id.warga.access.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what. Open to everyone: the map, area pages, the region API, open data, the API
 * documentation and the login page. Everything else needs a signed-in user: a session from the
 * login form for pages, HTTP Basic or a personal API token for the API. Pages under {@code /admin}
 * and the account and audit APIs are for administrators; area data is further limited by each
 * user's scope through {@link id.warga.access.AccessControl}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecuritySettings {

    /**
     * The application's static files (styles, scripts, icons, the web app manifest, the service
     * worker and its offline page): open to everyone, and served even to someone who must first
     * replace a temporary password ({@link CurrentAccountFilter}).
     */
    static final String[] STATIC_FILES = {
        "/css/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/favicon*.svg",
        "/favicon.ico",
        "/manifest*.webmanifest",
        "/sw.js",
        "/offline.html"
    };

    /** Paths anyone may read (GET), signed in or not. */
    static final String[] OPEN = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            "/",
                            "/wilayah/**",
                            "/api/regions/**",
                            "/data-terbuka/**",
                            "/api/open/**",
                            "/api/docs",
                            "/api/docs/**",
                            "/api/docs.yaml"),
                    java.util.Arrays.stream(STATIC_FILES))
            .toArray(String[]::new);

    /** Administrators only, whatever the method. */
    static final String[] ADMIN = {
        "/admin",
        "/admin/**",
        "/api/users",
        "/api/users/**",
        "/api/audit",
        "/api/audit/**",
        "/api/head-accounts",
        "/api/head-accounts/**"
    };

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            AuthResponses responses,
            PasswordLogin passwords,
            ApiTokens tokens,
            AccountGrants grants,
            AuditLog audit,
            AccessSettings settings)
            throws Exception {
        AuthenticationManager manager = new ProviderManager(passwords);
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // only a page someone asked for is worth returning to after signing in
        requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !AuthResponses.isApi(request)
                && request.getHeader("HX-Request") == null);
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, OPEN)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, OPEN)
                        .permitAll()
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .requestMatchers(ADMIN)
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/regions/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(responses)
                        .failureHandler(responses)
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(responses))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
                                audit.append(new AuditRecord(
                                        Instant.now(),
                                        user.username(),
                                        AuditAction.LOGOUT,
                                        "account",
                                        user.username(),
                                        null,
                                        request.getRemoteAddr(),
                                        null));
                            }
                        })
                        .logoutSuccessHandler(loggedOut())
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(apiCallWithoutSession()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(self), geolocation=(self), microphone=(), payment=()")))
                .addFilterBefore(new BearerTokenFilter(tokens, responses), BasicAuthenticationFilter.class)
                .addFilterBefore(new CurrentAccountFilter(grants, responses), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * API calls that carry their credentials in a header (Basic or a token) or carry no session at
     * all need no CSRF token: a browser never adds those headers by itself, so a forged cross-site
     * request can only ride on a session cookie, and such a request is still checked.
     */
    private static RequestMatcher apiCallWithoutSession() {
        return (HttpServletRequest request) -> AuthResponses.isApi(request)
                && (BearerTokenFilter.carriesBearer(request)
                        || BearerTokenFilter.carriesBasic(request)
                        || request.getSession(false) == null);
    }

    private static SimpleUrlLogoutSuccessHandler loggedOut() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
