package vn.dondoc.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.dondoc.common.ProblemException;
import vn.dondoc.unit.Unit;

/**
 * Who is calling, read from the verified access token: name, roles and the unit code that
 * Keycloak maps from the user's attribute into the {@code unit_code} claim.
 */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit_code";

    @Inject
    SecurityIdentity identity;

    private Optional<Unit> unit;

    public String username() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    /** Vietnamese order: family name first ("Võ Thị Lan"), whereas Keycloak's "name" puts it last. */
    public String fullName() {
        Optional<String> family = claim("family_name");
        Optional<String> given = claim("given_name");
        if (family.isPresent() && given.isPresent()) {
            return family.get() + " " + given.get();
        }
        return claim("name").orElse(username());
    }

    public Optional<String> email() {
        return claim("email");
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * Leaders, coordinators, supervisors and admins read the whole province; unit staff only their unit.
     * The document system too, but only through the integration endpoints its role reaches.
     */
    public boolean readsAllUnits() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.LEADER) || hasRole(Roles.COORDINATOR) || hasRole(Roles.SUPERVISOR)
                || hasRole(Roles.INTEGRATION);
    }

    public Optional<String> unitCode() {
        return claim(UNIT_CLAIM);
    }

    /** The caller's unit, if the token names one that exists. */
    public Optional<Unit> unit() {
        if (unit == null) {
            unit = unitCode().flatMap(Unit::findByCode);
        }
        return unit;
    }

    /**
     * The unit a query is confined to: readers of the whole province get what they asked for (null:
     * everything); unit staff get their own unit, and asking for another one is refused.
     *
     * @param what what is being read, for the refusal: "nhiệm vụ", "thời hạn", ...
     */
    public Long scopeUnit(Long requested, String what) {
        if (readsAllUnits()) {
            return requested;
        }
        Unit own = requireUnit();
        if (requested != null && !requested.equals(own.id)) {
            throw ProblemException.forbidden("Bạn chỉ được xem " + what + " của đơn vị mình (" + own.name + ").");
        }
        return own.id;
    }

    /** The unit a unit-scoped caller is confined to; an account without a known unit may see nothing. */
    public Unit requireUnit() {
        return unit().orElseThrow(() -> ProblemException.forbidden(
                "Tài khoản của bạn chưa được gắn với một đơn vị hợp lệ. Hãy liên hệ quản trị hệ thống."));
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString());
            }
        }
        return Optional.empty();
    }
}
