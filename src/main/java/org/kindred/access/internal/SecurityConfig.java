package org.kindred.access.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Everything needs a signed-in user except sign-in, health, static assets and the public fostering enquiry form. Pages use a session and
 * CSRF tokens; the API is stateless: HTTP Basic only to obtain a token, a bearer token for all else.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
// Batch commands start no web server, and so need no filter chains.
@ConditionalOnWebApplication
class SecurityConfig {
    // GOV.UK Frontend needs nothing from other origins; no inline script or style anywhere.
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static final String[] STAFF = java.util.Arrays.stream(org.kindred.access.Role.values())
            .map(Enum::name).toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssue(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
                        ProblemResponses.write(res, 401, "Unauthorized", "Give a valid username and password with HTTP Basic")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return secureHeaders(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, UserAccounts accounts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        // An asynchronous answer's second dispatch (a return built in the background, issue 17): the
                        // request was authorised, token and role, on its first dispatch; the token is read only there.
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC).permitAll()
                        // springdoc's controller cannot carry our annotations: name its roles here.
                        .requestMatchers("/api/v1/openapi*", "/api/v1/openapi*/**").hasAnyRole(STAFF)
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(accounts), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, 401, "Unauthorized",
                                "Send Authorization: Bearer with a token from POST /api/v1/tokens"))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res, 403, "Forbidden",
                                "Your role does not allow this")));
        return secureHeaders(http).build();
    }

    /**
     * A bearer token sent to a page or to metrics (a monitoring system scraping /actuator/prometheus) is good for that
     * request only: this chain never creates or reads a session, so a deleted token leaves nothing behind.
     */
    @Bean
    @Order(3)
    SecurityFilterChain bearerOutsideApi(HttpSecurity http, UserAccounts accounts) throws Exception {
        http.securityMatcher(request -> {
                    String header = request.getHeader("Authorization");
                    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
                })
                .authorizeHttpRequests(SecurityConfig::pageRules)
                .addFilterBefore(new BearerTokenFilter(accounts), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                // A browser never adds a bearer header by itself, so there is no forgery to guard against; pages still
                // render their forms, with a token that is never kept (keeping it would need a session).
                .csrf(c -> c.csrfTokenRepository(new UnkeptCsrfTokens()).ignoringRequestMatchers(request -> true))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, 401,
                        "Unauthorized", "The bearer token is not valid")));
        return secureHeaders(http).build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, UserAccounts accounts, SessionRegistry sessions,
                              org.springframework.beans.factory.ObjectProvider<OidcSignIn> identityProvider) throws Exception {
        http.authorizeHttpRequests(SecurityConfig::pageRules)
                .addFilterBefore(new SessionStampFilter(accounts), AuthorizationFilter.class)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll()
                        // The database down is not a wrong password: say so.
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                                        ? "/login?unavailable" : "/login?error")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                // At most three sessions a user: a fourth sign-in ends the one used longest ago.
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()).maximumSessions(MAX_SESSIONS)
                        .sessionRegistry(sessions).expiredUrl("/login?ended"));
        // Only when kindred.oidc.issuer-uri is set (ADR 0035): otherwise no endpoint of it answers.
        OidcSignIn oidc = identityProvider.getIfAvailable();
        if (oidc != null) {
            oidc.applyTo(http);
        }
        return secureHeaders(http).build();
    }

    static final int MAX_SESSIONS = 3;

    private static void pageRules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                    .AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/login", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                        "/actuator/health", "/actuator/health/**", "/error").permitAll()
                // the public's fostering enquiry form: the one page open without sign-in (CSRF, honeypot, rate limit)
                .requestMatchers("/foster-with-us").permitAll()
                .requestMatchers("/actuator/**").hasAnyRole("ADMINISTRATOR", "PERFORMANCE_ANALYST")
                .anyRequest().authenticated();
    }

    /**
     * Sessions live in PostgreSQL (Spring Session JDBC, ADR 0022), so every node sees them: the registry counts a
     * user's sessions from the table by principal name, and an ended session is marked there for every node.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new RequestSessionRegistry<>(sessions);
    }

    private static HttpSecurity secureHeaders(HttpSecurity http) throws Exception {
        return http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000)));
    }
}
