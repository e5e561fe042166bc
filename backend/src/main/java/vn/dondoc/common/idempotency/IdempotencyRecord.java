package vn.dondoc.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One POST made with an Idempotency-Key: in flight while {@code responseStatus} is null, then its stored answer. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 150)
    public String caller;

    @Column(name = "idem_key", nullable = false, length = 100)
    public String key;

    @Column(nullable = false, length = 10)
    public String method;

    @Column(nullable = false, length = 1000)
    public String path;

    /** SHA-256 of method, path and body (hex). */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "content_type", length = 150)
    public String contentType;

    @Column(length = 1000)
    public String location;

    @Column(name = "response_body", columnDefinition = "LONGBLOB")
    public byte[] responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
