package vn.dondoc.statistics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.dondoc.statistics.StatisticsDtos.DueBasis;
import vn.dondoc.statistics.StatisticsDtos.Statistics;
import vn.dondoc.task.TimelinessRule;

/**
 * Opt-in timing of one uncached computation of the statistics over the data of {@code bench/generate.sql}
 * (100,000 tasks, 300,000 assignments): prints the times, asserts nothing about them. The test profile cleans the
 * database at start, so the data must be loaded after a migration and kept:
 *
 * <pre>
 * mysql ... $DONDOC_TEST_DB_NAME &lt; bench/generate.sql   # once, after a test run migrated the database
 * backend_mvn test -Dtest=StatisticsBenchmarkTest -Ddondoc.bench.statistics=true \
 *     -D%test.quarkus.flyway.clean-at-start=false
 * </pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "dondoc.bench.statistics", matches = "true")
class StatisticsBenchmarkTest {

    static final int RUNS = 5;

    @Inject
    StatisticsService statistics;

    @Inject
    TimelinessRule timeliness;

    @Inject
    EntityManager em;

    @Test
    void oneUncachedComputation() {
        Long[] bench = QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT (SELECT MIN(id) FROM unit WHERE code = 'BENCH001'), "
                    + "(SELECT MIN(directive_id) FROM task t JOIN unit u ON u.code = 'BENCH001' "
                    + "JOIN assignment a ON a.task_id = t.id AND a.unit_id = u.id)").getResultList();
            Object[] row = (Object[]) rows.get(0);
            return new Long[] { row[0] == null ? null : ((Number) row[0]).longValue(),
                    row[1] == null ? null : ((Number) row[1]).longValue() };
        });
        assumeTrue(bench[0] != null, "bench/generate.sql is not loaded");
        LocalDate today = timeliness.today();
        time("province, today", () -> statistics.compute(null, null, today, DueBasis.CURRENT));
        time("the bench directive, today", () -> statistics.compute(bench[1], null, today, DueBasis.CURRENT));
        time("unit BENCH001, today", () -> statistics.compute(null, bench[0], today, DueBasis.CURRENT));
        time("province, 30 days ago", () -> statistics.compute(null, null, today.minusDays(30), DueBasis.CURRENT));
        time("province, original due dates", () -> statistics.compute(null, null, today, DueBasis.ORIGINAL));
    }

    private static void time(String what, Supplier<Statistics> computation) {
        QuarkusTransaction.requiringNew().call(computation::get); // warm-up: JIT, buffer pool
        List<Long> millis = new ArrayList<>();
        Statistics last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = QuarkusTransaction.requiringNew().call(computation::get);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("BENCH statistics %-32s median %5d ms, min %5d ms, runs %s; total %d tasks, %d units%n", what,
                sorted.get(RUNS / 2), sorted.get(0), millis, last.totals().total().count(), last.byUnit().size());
    }
}
