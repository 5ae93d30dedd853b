package cn.fazhi.api;

/** The realm roles of the platform, as Keycloak puts them into {@code realm_access.roles}. */
public final class Roles {

    /** A township clerk: submits and reads their own township's reports. */
    public static final String REPORTER = "reporter";
    /** A county or city reviewer: reads and reviews the townships below their place. */
    public static final String REVIEWER = "reviewer";
    /** Provincial staff: everything. */
    public static final String ADMIN = "admin";
    /** Leaders and analysts: read their region. */
    public static final String VIEWER = "viewer";
    /** A government portal's service account: reads published reports, may submit for its region. */
    public static final String PORTAL = "portal";

    private Roles() {
    }
}
