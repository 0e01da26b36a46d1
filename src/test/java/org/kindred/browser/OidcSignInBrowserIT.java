package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.access.NewUser;
import org.kindred.access.Role;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with the authority's identity provider (ADR 0035), through a real OpenID Connect provider started here
 * and headless Chromium following its real redirects: a Kindred user signs in as themselves, with their roles, in a
 * new session that ends when they are disabled; someone the provider knows but Kindred does not, and a disabled
 * user, are refused on the sign-in page. Kindred is reached as 127.0.0.1 and the provider as localhost: two sites, as
 * with Entra ID, so the session cookie must come back from the provider's site. axe-core checks the sign-in pages.
 */
class OidcSignInBrowserIT extends DatabaseIT {
    private static final String PROVIDER = "Test County Entra ID";
    private static final TestIdentityProvider provider = TestIdentityProvider.start();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        properties.add("kindred.oidc.issuer-uri", provider::issuer);
        properties.add("kindred.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add("kindred.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        properties.add("kindred.oidc.display-name", () -> PROVIDER);
    }

    @AfterAll
    static void stopProvider() { provider.close(); }

    @BeforeEach
    void sendUsersBackHere() { provider.redirectTo(base() + "/login/oauth2/code/oidc"); }

    private String base() { return "http://127.0.0.1:" + port; }

    @Test
    void aKindredUserSignsInWithTheProviderAndTheSessionEndsWhenTheyAreDisabled() throws IOException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        // The provider spells the account as its directory does; Kindred's usernames are lower-case.
        String username = "jo." + id + "@county.example";
        users.create(new NewUser(username, "Jo Oidc" + id, PASSWORD, Set.of(Role.SOCIAL_WORKER), Set.of()), "test");
        provider.addUser("Jo." + id + "@County.example", "provider-password");

        try (Browser browser = new Browser(base())) {
            browser.open("/login");
            assertThat(browser.find("#sign-in-identity-provider").getText()).isEqualTo("Sign in with " + PROVIDER);
            assertThat(browser.find("#sign-in").getText()).isEqualTo("Sign in");
            assertThat(browser.accessibilityViolations()).as("sign-in page with the provider").isEmpty();
            String before = browser.cookie("SESSION");

            signInAtTheProvider(browser, "Jo." + id + "@County.example");
            assertThat(browser.currentPath()).isEqualTo("/");
            assertThat(browser.find(".kindred-user").getText()).contains("Jo Oidc" + id);
            assertThat(browser.text()).contains("My children");
            assertThat(browser.cookie("SESSION")).as("a new session id after sign-in").isNotNull().isNotEqualTo(before);
            // A social worker's role, not an administrator's: Kindred's roles, not the provider's.
            browser.open("/admin/users");
            assertThat(browser.find("h1").getText()).isEqualTo("You cannot do this");
            assertThat(audit(username, "SIGN_IN")).contains("identity provider " + provider.issuer());

            String admin = user(Role.ADMINISTRATOR);
            actAs(admin);
            try {
                users.disable(username);
            } finally {
                SecurityContextHolder.clearContext();
            }
            browser.open("/");
            assertThat(browser.currentPath()).isEqualTo("/login?ended");
            assertThat(browser.text()).contains("Your session has ended");
        }
    }

    @Test
    void signingOutEndsTheSessionThroughTheFormAndItsCsrfToken() throws IOException {
        String username = user(Role.SOCIAL_WORKER);
        provider.addUser(username, "provider-password");
        try (Browser browser = new Browser(base())) {
            browser.open("/login");
            signInAtTheProvider(browser, username);
            assertThat(browser.find(".kindred-user").getText()).contains("Test " + username);
            browser.submit(".kindred-signout button");
            assertThat(browser.currentPath()).isEqualTo("/login?signedOut");
            browser.open("/");
            assertThat(browser.currentPath()).isEqualTo("/login");
        }
    }

    @Test
    void someoneTheProviderKnowsButKindredDoesNotIsRefused() throws IOException {
        String stranger = "stranger." + UUID.randomUUID().toString().substring(0, 8) + "@county.example";
        provider.addUser(stranger, "provider-password");
        try (Browser browser = new Browser(base())) {
            browser.open("/login");
            signInAtTheProvider(browser, stranger);
            assertThat(browser.currentPath()).isEqualTo("/login?oidc=unknown");
            assertThat(browser.find(".govuk-error-summary").getText())
                    .contains("There is a problem", "You signed in with " + PROVIDER, "no Kindred user has that account's username");
            assertThat(browser.accessibilityViolations()).as("sign-in page, refused").isEmpty();
            browser.open("/");
            assertThat(browser.currentPath()).as("not signed in").isEqualTo("/login");
        }
        assertThat(audit(stranger, "SIGN_IN_FAILED")).isEqualTo("identity provider: not a Kindred user");
    }

    @Test
    void aDisabledUserIsRefused() throws IOException {
        String username = user(Role.SOCIAL_WORKER);
        provider.addUser(username, "provider-password");
        actAs(user(Role.ADMINISTRATOR));
        try {
            users.disable(username);
        } finally {
            SecurityContextHolder.clearContext();
        }
        try (Browser browser = new Browser(base())) {
            browser.open("/login");
            signInAtTheProvider(browser, username);
            assertThat(browser.currentPath()).isEqualTo("/login?oidc=disabled");
            assertThat(browser.find(".govuk-error-summary").getText()).contains("your Kindred account is disabled");
            browser.open("/");
            assertThat(browser.currentPath()).as("not signed in").isEqualTo("/login");
        }
        assertThat(audit(username, "SIGN_IN_FAILED")).isEqualTo("identity provider: the account is disabled");
    }

    @Test
    void passwordsStillSignIn() throws IOException {
        String username = user(Role.SOCIAL_WORKER);
        try (Browser browser = new Browser(base())) {
            browser.signIn(username, PASSWORD);
            assertThat(browser.currentPath()).isEqualTo("/");
            assertThat(browser.find(".kindred-user").getText()).contains("Test " + username);
        }
        assertThat(audit(username, "SIGN_IN")).isEqualTo("password");
    }

    /** From Kindred's sign-in page to the provider's form, and back to Kindred. */
    private static void signInAtTheProvider(Browser browser, String username) {
        browser.submit("#sign-in-identity-provider");
        assertThat(browser.title()).as("the provider's sign-in page").isEqualTo("Please sign in");
        browser.type("username", username);
        browser.type("password", "provider-password");
        browser.submit("button[type=submit]");
    }

    private String audit(String username, String action) {
        return jdbc.sql("select detail from audit_entry where record_type = 'user' and record_id = ? and action = ?"
                        + " order by id desc limit 1")
                .params(username, action).query(String.class).optional().orElse("(none)");
    }
}
