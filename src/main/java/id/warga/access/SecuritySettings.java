package id.warga.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open pages (the map, area pages, the region tree) for everyone; everything else after login:
 * a form at {@code /login} for pages, HTTP Basic for the API. The in-memory demo accounts stand
 * in until users are kept in the database.
 */
@Configuration(proxyBeanMethods = false)
class SecuritySettings {

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/wilayah/**",
                                "/api/regions/**",
                                "/api/docs/**",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.svg")
                        .permitAll()
                        .requestMatchers("/error", "/login")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/regions/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        DemoScopes.ROLES.forEach((username, role) -> users.createUser(User.withUsername(username)
                .password(encoder.encode("demo"))
                .roles(role)
                .build()));
        return users;
    }
}
