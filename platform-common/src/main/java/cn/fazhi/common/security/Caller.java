package cn.fazhi.common.security;

import cn.fazhi.api.Roles;
import java.util.Set;

/**
 * Where a caller stands in the administrative hierarchy and what that lets them see.
 *
 * <p>Places are 行政区划代码 that nest by prefix (32 → 3206 → 320684 → 320684104), so "lies
 * under" is a prefix test. Kept free of framework types so the rules are unit-tested directly;
 * {@link CurrentCaller} builds one from the request's token.
 *
 * @param orgCode the {@code org_code} claim; empty when the token carries none
 */
public record Caller(String subject, String orgCode, Set<String> roles) {

    public Caller {
        orgCode = orgCode == null ? "" : orgCode.trim();
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether the township lies in the caller's subtree (their own place included). */
    public boolean covers(String townshipCode) {
        return !orgCode.isEmpty() && townshipCode != null && townshipCode.startsWith(orgCode);
    }

    /** Who may submit a report for a township: its own clerk, a portal of its region, an admin. */
    public boolean maySubmitFor(String townshipCode) {
        if (has(Roles.ADMIN)) {
            return true;
        }
        if (has(Roles.REPORTER) && orgCode.equals(townshipCode)) {
            return true;
        }
        return has(Roles.PORTAL) && covers(townshipCode);
    }

    /**
     * Who may read a township's unpublished reports and what was derived from them: the
     * township's clerk, reviewers and viewers above it, admins. Portals read published ones only.
     */
    public boolean mayRead(String townshipCode) {
        if (has(Roles.ADMIN)) {
            return true;
        }
        if (has(Roles.REPORTER) && orgCode.equals(townshipCode)) {
            return true;
        }
        return (has(Roles.REVIEWER) || has(Roles.VIEWER)) && covers(townshipCode);
    }

    /**
     * The code prefix that bounds what a list may return to this caller, or {@code null} when
     * the caller may list everything. A caller who may list nothing gets a prefix no code has.
     */
    public String listPrefix() {
        if (has(Roles.ADMIN)) {
            return null;
        }
        if (has(Roles.REPORTER) || has(Roles.REVIEWER) || has(Roles.VIEWER)) {
            return orgCode.isEmpty() ? NOTHING : orgCode;
        }
        return NOTHING;
    }

    /** A prefix that no administrative division code starts with. */
    public static final String NOTHING = "-";
}
