package cn.fazhi.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, read from its verified token, so that services
 * check "may this caller see that township" against the data they own, never trusting the
 * gateway alone.
 */
@RequestScoped
public class CurrentCaller {

    /** The token claim that carries the caller's 行政区划代码. */
    public static final String ORG_CODE_CLAIM = "org_code";

    private final SecurityIdentity identity;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (caller == null) {
            caller = read(identity);
        }
        return caller;
    }

    private static Caller read(SecurityIdentity identity) {
        String orgCode = "";
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(ORG_CODE_CLAIM);
            orgCode = claim == null ? "" : claim.toString().replace("\"", "");
        }
        String subject = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        return new Caller(subject, orgCode, identity.getRoles());
    }
}
