package vn.dondoc.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.directive.Directive;
import vn.dondoc.period.DuePeriod;
import vn.dondoc.period.PeriodKind;
import vn.dondoc.period.ReportingPeriod;
import vn.dondoc.period.ReportingPeriods;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.statistics.StatisticsDtos.Scorecard;
import vn.dondoc.statistics.StatisticsDtos.Snapshot;
import vn.dondoc.statistics.StatisticsDtos.SnapshotSummary;
import vn.dondoc.statistics.StatisticsDtos.Statistics;

/**
 * Freezes the statistics and the scorecard of a reporting period as they stand at its cut-off, so that
 * the consolidated report of a past period can be produced again, identical, after later edits. A period is
 * frozen once per scope (the province, or one directive): by the daily job in the days after its cut-off,
 * or earlier by a coordinator; never overwritten.
 */
@ApplicationScoped
@Transactional
public class SnapshotService {

    private static final Logger LOG = Logger.getLogger(SnapshotService.class);
    /** The job looks back this many days for cut-offs it has not frozen yet (a week of downtime is caught up). */
    static final int CATCH_UP_DAYS = 7;

    @Inject
    StatisticsService statistics;

    @Inject
    ScorecardService scorecards;

    @Inject
    ReportingScheduleService schedules;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public SnapshotSummary create(Long directiveId, String periodKey) {
        if (directiveId != null && Directive.findById(directiveId) == null) {
            throw ProblemException.invalid("directiveId", "Văn bản chỉ đạo không tồn tại");
        }
        ReportingPeriod period = StatisticsService.period(periodKey);
        if (!period.to().isBefore(LocalDate.now(clock)) && !period.to().equals(LocalDate.now(clock))) {
            throw ProblemException.invalid("periodKey", "Kỳ " + period.label() + " chưa đến ngày chốt số liệu ("
                    + period.to().format(vn.dondoc.common.DisplayDates.DAY) + ")");
        }
        if (find(directiveId, period.key()) != null) {
            throw ProblemException.conflict("Số liệu kỳ " + period.label() + " đã được chốt; số liệu đã chốt không thay đổi.");
        }
        return summary(freeze(directiveId, period, "MANUAL", currentUser.username()));
    }

    /** The daily pass: every period whose cut-off fell in the last days and is not frozen yet, per scope. */
    public int freezeDue(LocalDate today) {
        LocalDate from = today.minusDays(CATCH_UP_DAYS);
        LocalDate to = today.minusDays(1);
        int made = 0;
        for (PeriodKind kind : PeriodKind.values()) {
            for (ReportingPeriod p : ReportingPeriods.periodsEndingBetween(kind, from, to)) {
                made += freezeIfAbsent(null, p);
            }
        }
        List<Long> directives = Directive.getEntityManager()
                .createQuery("select distinct t.directive.id from Task t where t.kind is not null", Long.class).getResultList();
        for (Long directiveId : directives) {
            for (DuePeriod p : schedules.duePeriods(directiveId, from, to)) {
                made += freezeIfAbsent(directiveId, p.period());
            }
        }
        return made;
    }

    private int freezeIfAbsent(Long directiveId, ReportingPeriod period) {
        if (find(directiveId, period.key()) != null) {
            return 0;
        }
        freeze(directiveId, period, "SCHEDULED", null);
        LOG.infof("statistics of %s frozen for %s", period.key(), StatisticsSnapshot.scopeKey(directiveId));
        return 1;
    }

    private StatisticsSnapshot freeze(Long directiveId, ReportingPeriod period, String origin, String by) {
        LocalDate asOf = period.to();
        Statistics figures = statistics.computeFor(directiveId, asOf);
        figures = new Statistics(figures.directiveId(), figures.unitId(), figures.asOf(), period.key(), period.label(),
                figures.dueBasis(), figures.dueSoonDays(), figures.totals(), figures.byUnit(), figures.byUnitType(),
                figures.byField(), figures.monthlyTrend(), figures.topOverdue(), figures.topOverdueQuery(), figures.note());
        Scorecard card = scorecards.compute(directiveId, asOf, period, figures);
        StatisticsSnapshot s = new StatisticsSnapshot();
        s.scopeKey = StatisticsSnapshot.scopeKey(directiveId);
        s.directiveId = directiveId;
        s.periodKey = period.key();
        s.periodLabel = period.label();
        s.periodFrom = period.from();
        s.periodTo = period.to();
        s.asOf = asOf;
        s.origin = origin;
        s.createdBy = by;
        s.createdAt = Instant.now(clock);
        try {
            s.statistics = json.writeValueAsString(figures);
            s.scorecard = json.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statistics not serialisable", e);
        }
        s.persist();
        s.flush();
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SnapshotSummary> list(Long directiveId) {
        List<StatisticsSnapshot> found = directiveId == null
                ? StatisticsSnapshot.list("order by periodTo desc, periodKey, scopeKey")
                : StatisticsSnapshot.list("directiveId = ?1 order by periodTo desc, periodKey", directiveId);
        return new ArrayList<>(found.stream().map(SnapshotService::summary).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot get(String periodKey, Long directiveId) {
        ReportingPeriod period = StatisticsService.period(periodKey);
        StatisticsSnapshot s = find(directiveId, period.key());
        if (s == null) {
            throw ProblemException.notFound("Chưa chốt số liệu kỳ " + period.label()
                    + (directiveId == null ? "" : " của văn bản chỉ đạo " + directiveId) + ".");
        }
        try {
            return new Snapshot(summary(s), json.readValue(s.statistics, Statistics.class),
                    json.readValue(s.scorecard, Scorecard.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot " + s.id + " unreadable", e);
        }
    }

    private static StatisticsSnapshot find(Long directiveId, String periodKey) {
        return StatisticsSnapshot.<StatisticsSnapshot>find("scopeKey = ?1 and periodKey = ?2",
                StatisticsSnapshot.scopeKey(directiveId), periodKey).firstResult();
    }

    static SnapshotSummary summary(StatisticsSnapshot s) {
        return new SnapshotSummary(s.id, s.directiveId, s.periodKey, s.periodLabel, s.periodFrom, s.periodTo, s.asOf, s.origin,
                s.createdBy, s.createdAt);
    }
}
