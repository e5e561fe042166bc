package vn.dondoc.task;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The task counts (by timeliness, status and unit) for a short time: aggregating 300,000
 * assignments of a province costs about a second, and the dashboards ask for them on every view.
 * <p>
 * Correctness: every write to tasks or assignments fires {@link TasksChanged}; after its
 * transaction commits, the generation moves on, so no later request reads counts computed before
 * the change (a count that was being computed during the commit lands under the old generation,
 * which nobody asks for any more). Entries also expire after
 * {@code quarkus.cache.caffeine."task-counts".expire-after-write} (60 s), which bounds how stale
 * another backend instance, whose cache this one cannot reach, may be. The key holds today's date,
 * so timeliness moves at midnight. Concurrent requests for the same key wait for one computation.
 */
@ApplicationScoped
public class TaskCountsCache {

    /** What the counts depend on: the filter after the caller's unit scope is applied, and the day. */
    public record Key(String kind, TaskService.Filter filter, LocalDate today, LocalDate soon, long generation) {
    }

    /** Fired inside a transaction that changes tasks or assignments. */
    public enum TasksChanged { INSTANCE }

    private final AtomicLong generation = new AtomicLong();

    @Inject
    @CacheName("task-counts")
    Cache cache;

    <T> T get(String kind, TaskService.Filter filter, LocalDate today, LocalDate soon, Supplier<T> compute) {
        Key key = new Key(kind, filter, today, soon, generation.get());
        return cache.get(key, k -> compute.get()).await().indefinitely();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TasksChanged event) {
        generation.incrementAndGet();
        cache.invalidateAll().await().indefinitely();
    }
}
