package vn.dondoc.task;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * The task counts (by timeliness, status and unit): aggregating the 300,000 assignments of a
 * province costs about a second, and every dashboard view asks for them.
 * <ul>
 * <li>After a write: every write to tasks or assignments fires {@link TasksChanged}; once its
 * transaction has committed, the generation moves on and the next request computes the counts
 * afresh (requests for the same key wait for that one computation). No request made after a
 * change sees counts from before it.</li>
 * <li>Without writes: an entry older than {@code dondoc.task-counts.refresh-after} (30 s) is
 * still served while it is recomputed in the background, so readers never wait for the
 * periodic refresh; this is what bounds how stale another backend instance, which this one's
 * writes cannot reach, may be. An entry nobody read for {@code dondoc.task-counts.expire-after}
 * (2 min) is dropped.</li>
 * <li>The key holds today's date and the due-soon limit, so timeliness moves at midnight, and
 * the filter after the caller's unit scope, so unit staff never read another unit's counts.</li>
 * </ul>
 */
@ApplicationScoped
public class TaskCountsCache {

    /** Which counts: the totals of {@code /tasks/counts} or the rows of {@code /tasks/counts/by-unit}. */
    enum Kind { TOTALS, BY_UNIT }

    /** What the counts depend on: the filter after the caller's unit scope is applied, and the day. */
    record Key(Kind kind, TaskService.Filter filter, LocalDate today, LocalDate soon, long generation) {
    }

    /** Fired inside a transaction that changes tasks or assignments. */
    public enum TasksChanged { INSTANCE }

    private final AtomicLong generation = new AtomicLong();

    @Inject
    TaskService tasks;

    /**
     * Background refreshes run on an executor that propagates no context: with the caller's
     * transaction propagated, a refresh would join a transaction that is not its own.
     */
    private ManagedExecutor executor;

    @ConfigProperty(name = "dondoc.task-counts.refresh-after", defaultValue = "30S")
    Duration refreshAfter;

    @ConfigProperty(name = "dondoc.task-counts.expire-after", defaultValue = "2M")
    Duration expireAfter;

    private LoadingCache<Key, Object> cache;

    @PostConstruct
    void build() {
        executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
        cache = Caffeine.newBuilder().maximumSize(2000).refreshAfterWrite(refreshAfter).expireAfterAccess(expireAfter)
                .executor(executor).build(this::compute);
    }

    /** Computed in the caller's transaction the first time, in a transaction of its own when refreshed in the background. */
    private Object compute(Key key) {
        return QuarkusTransaction.joiningExisting().call(() -> key.kind() == Kind.TOTALS
                ? tasks.computeCounts(key.filter(), key.today(), key.soon())
                : tasks.computeCountsByUnit(key.filter(), key.today(), key.soon()));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    <T> T get(Kind kind, TaskService.Filter scopedFilter, LocalDate today, LocalDate soon) {
        return (T) cache.get(new Key(kind, scopedFilter, today, soon, generation.get()));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TasksChanged event) {
        generation.incrementAndGet();
        // Entries of older generations are never asked for again; drop them now rather than later.
        cache.invalidateAll();
    }
}
