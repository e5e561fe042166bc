package vn.dondoc.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A named set of units that a task can be addressed to, as documents do ("các sở, ban, ngành",
 * "UBND các huyện, thị xã, thành phố"). A group with a unit type is dynamic: it holds every active
 * unit of that type at the moment it is used. Otherwise its members are listed explicitly.
 */
@Entity
@Audited
@Table(name = "unit_group")
public class UnitGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(length = 1000)
    public String description;

    /** Set for a dynamic group: all active units of this type. */
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", length = 20)
    public UnitType unitType;

    /** Reference data shipped with the application (the two groups of every program); never deleted. */
    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    /** The explicit members; empty for a dynamic group. */
    @ManyToMany
    @JoinTable(name = "unit_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<Unit> members = new HashSet<>();

    @NotAudited
    @Version
    public long version;

    @NotAudited
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NotAudited
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean dynamic() {
        return unitType != null;
    }

    public static Optional<UnitGroup> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
