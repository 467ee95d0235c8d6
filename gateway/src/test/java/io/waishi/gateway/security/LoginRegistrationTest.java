package io.waishi.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waishi.oidctest.TestOidcProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/** How the gateway finds its provider: by discovery from the issuer, or from endpoints listed explicitly. */
class LoginRegistrationTest {

    static final TestOidcProvider PROVIDER = TestOidcProvider.start(Duration.ofMinutes(5));

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void discoversTheProviderFromItsIssuerIncludingTheEndSessionEndpoint() {
        ClientRegistration registration = LoginConfiguration.registration(login(URI.create(PROVIDER.issuer()),
                null, null, null, null));

        ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
        assertThat(provider.getAuthorizationUri()).isEqualTo(PROVIDER.authorizationUri());
        assertThat(provider.getTokenUri()).isEqualTo(PROVIDER.tokenUri());
        assertThat(provider.getJwkSetUri()).isEqualTo(PROVIDER.jwkSetUri());
        assertThat(provider.getIssuerUri()).isEqualTo(PROVIDER.issuer());
        assertThat(provider.getConfigurationMetadata()).containsEntry("end_session_endpoint", PROVIDER.endSessionUri());
        assertConsoleClient(registration);
    }

    @Test
    void needsNoProviderWhenTheEndpointsAreListed() {
        String nobody = "http://127.0.0.1:9";
        ClientRegistration registration = LoginConfiguration.registration(login(URI.create(nobody),
                URI.create(nobody + "/authorize"), URI.create(nobody + "/token"), URI.create(nobody + "/jwks"),
                URI.create(nobody + "/logout")));

        assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(nobody + "/authorize");
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(nobody);
        assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri()).isNull();
        assertThat(registration.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", nobody + "/logout");
        assertConsoleClient(registration);
    }

    @Test
    void refusesAClientWithoutAProvider() {
        assertThatThrownBy(() -> LoginConfiguration.registration(login(null, URI.create("http://x/authorize"), null, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("waishi.gateway.login.issuer-uri");
    }

    private static void assertConsoleClient(ClientRegistration registration) {
        assertThat(registration.getRegistrationId()).isEqualTo("waishi-console");
        assertThat(registration.getClientId()).isEqualTo(TestOidcProvider.CLIENT_ID);
        assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(registration.getClientSettings().isRequireProofKey()).as("PKCE").isTrue();
        assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
    }

    private static LoginProperties login(URI issuer, URI authorization, URI token, URI jwks, URI endSession) {
        return new LoginProperties(TestOidcProvider.CLIENT_ID, TestOidcProvider.CLIENT_SECRET, issuer,
                List.of("openid", "profile"), authorization, token, jwks, null, endSession, "{baseUrl}/",
                Duration.ofSeconds(60), new LoginProperties.Cookie("WAISHI_SESSION", true, "Lax"));
    }
}
