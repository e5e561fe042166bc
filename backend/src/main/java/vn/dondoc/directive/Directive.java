package vn.dondoc.directive;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A document that gives tasks (văn bản chỉ đạo): a resolution, conclusion, action program... */
@Entity
@Audited
@Table(name = "directive")
public class Directive extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DirectiveKind kind;

    @Column(name = "number_symbol", length = 64)
    public String numberSymbol;

    @Column(name = "issuing_body", nullable = false)
    public String issuingBody;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(columnDefinition = "TEXT")
    public String summary;

    /** The directive this one implements (the program implements Conclusion 57, which continues Resolution 08). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Directive parent;

    @Column(name = "external_id", length = 128)
    public String externalId;

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
}
