package cn.fazhi.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Produces the {@link Scope} of the current request from its verified token, so that services
 * check "may this caller see that township" against the data they own, never trusting the
 * gateway alone.
 */
public class CallerScope {

    /** The token claim that carries the caller's 行政区划代码. */
    public static final String ORG_CODE_CLAIM = "org_code";

    @Produces
    @RequestScoped
    Scope scope(SecurityIdentity identity) {
        String orgCode = "";
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(ORG_CODE_CLAIM);
            orgCode = claim == null ? "" : claim.toString().replace("\"", "");
        }
        String subject = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        return new Scope(subject, orgCode, identity.getRoles());
    }
}
