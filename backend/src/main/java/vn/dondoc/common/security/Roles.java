package vn.dondoc.common.security;

/** The realm roles of domain.md; the names are those of the Keycloak realm. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String LEADER = "leader";
    public static final String COORDINATOR = "coordinator";
    public static final String UNIT_HEAD = "unit_head";
    public static final String UNIT_OFFICER = "unit_officer";
    public static final String SUPERVISOR = "supervisor";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
