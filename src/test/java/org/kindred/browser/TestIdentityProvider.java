package org.kindred.browser;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for tests, standing in for an authority's Entra ID: Spring Authorization Server on a
 * free port, reached as {@code localhost} (a different site from Kindred's {@code 127.0.0.1}, as a real provider is),
 * with its own sign-in form and users the test adds. Its ID tokens carry {@code preferred_username}, the username as
 * the provider spells it.
 */
final class TestIdentityProvider implements AutoCloseable {
    static final String CLIENT_ID = "kindred";
    static final String CLIENT_SECRET = "test-client-secret-" + UUID.randomUUID();
    private final AnnotationConfigServletWebServerApplicationContext context;

    private TestIdentityProvider(AnnotationConfigServletWebServerApplicationContext context) { this.context = context; }

    static TestIdentityProvider start() {
        var context = new AnnotationConfigServletWebServerApplicationContext();
        context.register(Provider.class);
        context.refresh();
        return new TestIdentityProvider(context);
    }

    String issuer() { return "http://localhost:" + context.getWebServer().getPort(); }

    /** Where the provider may send a signed-in user back to: Kindred's port is known only once it has started. */
    void redirectTo(String redirectUri) { context.getBean(Clients.class).redirectUri = redirectUri; }

    void addUser(String username, String password) {
        context.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(username).password("{noop}" + password).roles("USER").build());
    }

    @Override
    public void close() { context.close(); }

    /** Kindred, the one client, with whatever redirect URI the test has set. */
    static final class Clients implements RegisteredClientRepository {
        volatile String redirectUri = "http://127.0.0.1/login/oauth2/code/oidc";

        private RegisteredClient kindred() {
            return RegisteredClient.withId("kindred").clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(redirectUri)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .build();
        }

        @Override
        // the provider re-encodes the secret after its first use; the test's plain one serves as well
        public void save(RegisteredClient client) { }

        @Override
        public RegisteredClient findById(String id) { return "kindred".equals(id) ? kindred() : null; }

        @Override
        public RegisteredClient findByClientId(String clientId) { return CLIENT_ID.equals(clientId) ? kindred() : null; }
    }

    /** Not a @Configuration, so that Kindred's own context, which scans this package, does not pick it up. */
    @EnableWebSecurity
    static class Provider {
        @Bean
        TomcatServletWebServerFactory server() { return new TomcatServletWebServerFactory(0); }

        /** Every endpoint is a filter; requests the filters do not answer end here. */
        @Bean
        HttpServlet notFound() {
            return new HttpServlet() {
                @Override
                protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                    res.sendError(404);
                }
            };
        }

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    // the user info endpoint takes the access token the provider issued
                    .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager users() { return new InMemoryUserDetailsManager(); }

        @Bean
        Clients clients() { return new Clients(); }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> usernameInIdToken() {
            return token -> {
                if (OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
                    token.getClaims().claim("preferred_username", token.getPrincipal().getName());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) { return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys); }

        @Bean
        AuthorizationServerSettings settings() { return AuthorizationServerSettings.builder().build(); }
    }
}
