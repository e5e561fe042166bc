package vn.dondoc.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.dondoc.common.TextSearch;

/**
 * A department, locality or other body that tasks are assigned to (sở, ban, ngành, địa phương...).
 * Units are merged and renamed over time: a unit has a validity period and may name its successor,
 * and every change is kept by Envers, so the old name and who was responsible before stay known.
 */
@Entity
@Audited
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name", length = 100)
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Unit parent;

    @Column(nullable = false)
    public boolean active = true;

    /** First day the unit exists (its founding or the reorganisation that created it), if known. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day the unit exists: set when it is merged into its successor. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** The unit that took over its tasks when it was merged (đơn vị kế thừa). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    public Unit successor;

    @NotAudited
    @Column(name = "search_text", nullable = false, length = 500)
    public String searchText;

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

    public static Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    @PrePersist
    @PreUpdate
    void fold() {
        searchText = TextSearch.fold(code + " " + name + " " + (shortName == null ? "" : shortName));
    }
}
