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
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import vn.dondoc.common.TextSearch;

/** A department, locality or other body that tasks are assigned to (sở, ban, ngành, địa phương...). */
@Entity
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

    @Column(name = "search_text", nullable = false, length = 500)
    public String searchText;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

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
