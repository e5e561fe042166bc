package vn.dondoc.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller's user name, or "system" for work outside a request. */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).username = currentUsername();
    }

    private static String currentUsername() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        InjectableInstance<SecurityIdentity> identity = Arc.container().select(SecurityIdentity.class);
        if (!identity.isResolvable() || identity.get().isAnonymous()) {
            return SYSTEM;
        }
        if (identity.get().getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username").toString();
        }
        return identity.get().getPrincipal().getName();
    }
}
