package vn.dondoc.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import vn.dondoc.common.security.Roles;
import vn.dondoc.notification.Mails.Received;
import vn.dondoc.notification.NotificationFixtures.Part;

/**
 * Two Quartz scheduler instances, clustered on the application's database and its Quartz tables
 * (Flyway V9), as two backend instances would run them:
 * <ul>
 * <li>both register the daily job under the same key at startup: it fires once, on one of them;</li>
 * <li>each also fires a job of its own at the same moment, so two reminder passes really race:
 * every reminder still reaches the SMTP server exactly once.</li>
 * </ul>
 */
@QuarkusTest
class ClusteredSchedulerTest {

    private static final String CLUSTER = "dondoc-test-cluster";

    /** Quartz's own JDBC job store on the application's connection pool. */
    public static class ApplicationConnections implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return Arc.container().instance(AgroalDataSource.class).get().getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }

    /** Counts the runs of every job on a node. */
    static class Runs implements JobListener {
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();

        @Override
        public String getName() {
            return "runs";
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException error) {
            counts.computeIfAbsent(context.getJobDetail().getKey().getName(), k -> new AtomicInteger()).incrementAndGet();
            if (error != null) {
                failures.add(error);
            }
        }

        int of(String job) {
            AtomicInteger count = counts.get(job);
            return count == null ? 0 : count.get();
        }
    }

    @GreenMailResource.Inject
    GreenMail greenMail;

    @Inject
    MutableClock clock;

    @Inject
    NotificationFixtures fx;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        fx.cleanUp();
    }

    private static Scheduler node(String instanceId, Runs runs) throws SchedulerException {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", CLUSTER);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.setProperty("org.quartz.jobStore.dataSource", "app");
        p.setProperty("org.quartz.dataSource.app.connectionProvider.class", ApplicationConnections.class.getName());
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        // Two instances of one cluster in one JVM: Quartz's registry holds one scheduler per name.
        SchedulerRepository.getInstance().remove(CLUSTER);
        // Jobs are CDI beans, as in the application.
        scheduler.setJobFactory((bundle, s) -> CDI.current().select(bundle.getJobDetail().getJobClass()).get());
        scheduler.getListenerManager().addJobListener(runs);
        return scheduler;
    }

    @Test
    void twoClusteredInstancesRunTheSharedJobOnceAndRacingPassesSendEachReminderOnce() throws Exception {
        String tag = NotificationFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm cụm máy chủ " + tag);
        LocalDate due = LocalDate.of(2032, 2, 20);
        Part part = fx.task(tag, unit, due, "Đánh giá hiệu quả chính sách khuyến công");
        String officer = "chuyenvien." + tag.toLowerCase() + "@test.dondoc.local";
        String head = "giamdoc." + tag.toLowerCase() + "@test.dondoc.local";
        fx.person("cv." + tag, "Trịnh Văn Cụm", officer, unit, Roles.UNIT_OFFICER);
        fx.person("gd." + tag, "Mai Thị Chủ", head, unit, Roles.UNIT_HEAD);
        clock.setDay(due.minusDays(3));

        Runs runsA = new Runs();
        Runs runsB = new Runs();
        Scheduler a = node("node-a-" + tag, runsA);
        Scheduler b = node("node-b-" + tag, runsB);
        String shared = "daily-" + tag;
        try {
            Date at = Date.from(Instant.now().plusSeconds(3));
            // Both instances register the same daily job at startup (replacing it), as NotificationJobs does...
            for (Scheduler node : List.of(a, b)) {
                JobDetail job = JobBuilder.newJob(DailyNotificationJob.class).withIdentity(shared, "test").build();
                node.scheduleJob(job, Set.of(TriggerBuilder.newTrigger().withIdentity(shared, "test").startAt(at).build()), true);
            }
            // ...and each fires one more pass of its own at the same moment.
            a.scheduleJob(JobBuilder.newJob(DailyNotificationJob.class).withIdentity("a-" + tag, "test").build(),
                    TriggerBuilder.newTrigger().withIdentity("a-" + tag, "test").startAt(at).build());
            b.scheduleJob(JobBuilder.newJob(DailyNotificationJob.class).withIdentity("b-" + tag, "test").build(),
                    TriggerBuilder.newTrigger().withIdentity("b-" + tag, "test").startAt(at).build());
            a.start();
            b.start();

            Instant end = Instant.now().plus(Duration.ofSeconds(120));
            while (runs(runsA, runsB, shared) + runs(runsA, runsB, "a-" + tag) + runs(runsA, runsB, "b-" + tag) < 3
                    && Instant.now().isBefore(end)) {
                Thread.sleep(200);
            }
            Thread.sleep(2000); // time for a wrong second run of the shared job to show
        } finally {
            a.shutdown(true);
            b.shutdown(true);
        }
        assertEquals(List.of(), runsA.failures);
        assertEquals(List.of(), runsB.failures);
        assertEquals(1, runs(runsA, runsB, shared), "the job both instances registered ran once in the cluster");
        assertEquals(1, runs(runsA, runsB, "a-" + tag));
        assertEquals(1, runs(runsA, runsB, "b-" + tag));
        String expected = "[Dondoc] Nhắc việc: nhiệm vụ " + part.taskCode() + " còn 3 ngày đến hạn (20/02/2032)";
        for (String address : List.of(officer, head)) {
            List<String> subjects = Mails.to(greenMail, address).stream().map(Received::subject)
                    .filter(s -> s.contains(part.taskCode())).toList();
            assertEquals(List.of(expected), subjects, "three passes on two instances, one mail to " + address);
        }
        assertTrue(runsA.counts.size() + runsB.counts.size() >= 1);
    }

    private static int runs(Runs a, Runs b, String job) {
        return a.of(job) + b.of(job);
    }
}
