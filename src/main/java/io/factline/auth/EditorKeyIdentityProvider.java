package io.factline.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a bearer token that is the editors' key into an identity with the editor role; any other fails. */
@ApplicationScoped
public class EditorKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final EditorKey key;

    EditorKeyIdentityProvider(EditorKey key) {
        this.key = key;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!key.accepts(request.getToken().getToken())) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(EditorKey.ROLE))
                .addRole(EditorKey.ROLE)
                .addCredential(request.getToken())
                .build());
    }
}
