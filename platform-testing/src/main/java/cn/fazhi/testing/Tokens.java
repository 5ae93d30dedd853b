package cn.fazhi.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like Keycloak's (roles in {@code realm_access.roles}, the place in
 * {@code org_code}), signed with the key whose public half {@code OidcWiremockTestResource}
 * publishes, so the services verify them exactly as they verify real ones.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String of(String user, String orgCode, String... roles) {
        var claims = Jwt.issuer(ISSUER)
                .subject(user)
                .preferredUserName(user)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(30));
        if (orgCode != null) {
            claims.claim("org_code", orgCode);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    public static String reporter(String townshipCode) {
        return of("clerk-" + townshipCode, townshipCode, "reporter");
    }

    public static String reviewer(String orgCode) {
        return of("reviewer-" + orgCode, orgCode, "reviewer");
    }

    public static String viewer(String orgCode) {
        return of("viewer-" + orgCode, orgCode, "viewer");
    }

    public static String admin() {
        return of("admin", "32", "admin");
    }
}
