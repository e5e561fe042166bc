package vn.dondoc.common.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The records behind Idempotency-Key, each change in its own short transaction: the in-flight
 * mark must be visible to a concurrent retry at once, whatever the request itself then does.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    /** What a request with a key may do. */
    public sealed interface Outcome {
    }

    /** First time: run it; the answer is stored under this record. */
    public record Proceed(long recordId) implements Outcome {
    }

    /** Done before with the same request: answer with the stored response. */
    public record Replay(IdempotencyRecord record) implements Outcome {
    }

    /** The first request with this key is still running. */
    public record InFlight() implements Outcome {
    }

    /** The key was used for another request (other body, path or method). */
    public record Mismatch() implements Outcome {
    }

    @Inject
    Clock clock;

    @ConfigProperty(name = "dondoc.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    public Outcome begin(String caller, String key, String method, String path, String hash) {
        for (int attempt = 0; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> tryBegin(caller, key, method, path, hash));
            } catch (RuntimeException e) {
                // Two first requests with one key at once: the unique key lets one insert; the other looks again.
                if (attempt >= 2) {
                    throw e;
                }
                LOG.debugf("Idempotency-Key %s of %s inserted concurrently, looking again", key, caller);
            }
        }
    }

    private Outcome tryBegin(String caller, String key, String method, String path, String hash) {
        Instant now = clock.instant();
        IdempotencyRecord existing = IdempotencyRecord.<IdempotencyRecord>find("caller = ?1 and key = ?2", caller, key)
                .firstResult();
        if (existing != null && existing.expiresAt.isBefore(now)) {
            existing.delete();
            existing.flush();
            existing = null;
        }
        if (existing != null) {
            if (!existing.requestHash.equals(hash)) {
                return new Mismatch();
            }
            return existing.responseStatus == null ? new InFlight() : new Replay(existing);
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.caller = caller;
        record.key = key;
        record.method = method;
        record.path = path.length() > 1000 ? path.substring(0, 1000) : path;
        record.requestHash = hash;
        record.createdAt = now;
        record.expiresAt = now.plus(retention);
        record.persist();
        record.flush();
        return new Proceed(record.id);
    }

    public void complete(long recordId, int status, String contentType, String location, byte[] body) {
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord record = IdempotencyRecord.findById(recordId);
            if (record != null) {
                record.responseStatus = status;
                record.contentType = contentType;
                record.location = location;
                record.responseBody = body;
                record.completedAt = clock.instant();
            }
        });
    }

    /** The request failed in a way a retry may cure (5xx) or its answer cannot be stored: forget the key. */
    public void abandon(long recordId) {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("id", recordId));
    }

    /** Deletes expired records; returns how many. */
    public long purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.delete("expiresAt < ?1", clock.instant()));
    }

    @Scheduled(identity = "idempotency-cleanup", every = "${dondoc.idempotency.cleanup-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanup() {
        long deleted = purgeExpired();
        if (deleted > 0) {
            LOG.infof("Deleted %d expired Idempotency-Key records", deleted);
        }
    }
}
