package vn.dondoc.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.period.DuePeriod;
import vn.dondoc.period.ReportingPeriod;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.report.PeriodicReport;
import vn.dondoc.statistics.StatisticsDtos.ScoreComponent;
import vn.dondoc.statistics.StatisticsDtos.Scorecard;
import vn.dondoc.statistics.StatisticsDtos.ScorecardRow;
import vn.dondoc.statistics.StatisticsDtos.Statistics;
import vn.dondoc.statistics.StatisticsDtos.UnitRow;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Timeliness;

/**
 * The unit scorecard. For each unit with work in the scope, three components between 0 and 1:
 * <ol>
 * <li>ON_TIME_COMPLETION: on time / (on time + completed late + overdue), the on-time rate of the statistics;</li>
 * <li>REPORTS_ON_TIME: its periodic reports submitted by their due date / the periodic reports it owed, over the
 * reporting periods whose unit due date falls in the window (the period's window, or the 12 months up to the day)
 * and has passed; a report never submitted counts as owed and not on time;</li>
 * <li>NO_OVERDUE: 1 − overdue / its tasks with a deadline (not cancelled).</li>
 * </ol>
 * Score = 100 × Σ weight × value / Σ weight, over the components the unit has (a unit with no report due has no
 * REPORTS_ON_TIME, and its other weights count for more). Weights: {@link ScorecardConfig}. Ranked by score, ties
 * share a rank.
 */
@ApplicationScoped
@Transactional
public class ScorecardService {

    @Inject
    ScorecardConfig config;

    @Inject
    StatisticsService statistics;

    @Inject
    ReportingScheduleService schedules;

    @Inject
    CurrentUser currentUser;

    @Inject
    vn.dondoc.task.TimelinessRule timeliness;

    /** What a scorecard depends on; periodic reports are not watched: a submission shows within the cache's 30 s. */
    record Key(Long directiveId, LocalDate asOf, String periodKey, LocalDate today) {
    }

    private final com.github.benmanes.caffeine.cache.Cache<Key, Scorecard> cache = com.github.benmanes.caffeine.cache.Caffeine
            .newBuilder().maximumSize(200).expireAfterWrite(java.time.Duration.ofSeconds(30)).build();

    @PostConstruct
    void check() {
        double[] weights = { config.onTimeWeight(), config.reportsWeight(), config.overdueWeight() };
        for (double w : weights) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalStateException("dondoc.scorecard.*-weight: weights must be 0 or more");
            }
        }
        if (weights[0] + weights[1] + weights[2] <= 0) {
            throw new IllegalStateException("dondoc.scorecard.*-weight: at least one weight must be above 0");
        }
    }

    public static String formula(ScorecardConfig config) {
        return String.format(Locale.ROOT, "Điểm = 100 × (%s × tỷ lệ hoàn thành đúng hạn + %s × tỷ lệ báo cáo định kỳ đúng hạn "
                + "+ %s × (1 − số nhiệm vụ quá hạn / số nhiệm vụ có thời hạn)) / tổng trọng số của các thành phần đơn vị có. "
                + "Tỷ lệ hoàn thành đúng hạn = đúng hạn / (đúng hạn + hoàn thành quá hạn + quá hạn), tính theo phần việc của chính "
                + "đơn vị: đơn vị chủ trì theo kết quả nhiệm vụ, đơn vị phối hợp theo phần phối hợp của mình (hoàn thành trước hoặc "
                + "đúng hạn của nhiệm vụ là đúng hạn); phần việc đóng theo nhiệm vụ không tính vào đâu. Báo cáo định kỳ: các kỳ có "
                + "hạn nộp của đơn vị trong khoảng tính và đã qua; kỳ chưa nộp tính là không đúng hạn. Trọng số cấu hình tại "
                + "dondoc.scorecard.*.", number(config.onTimeWeight()), number(config.reportsWeight()),
                number(config.overdueWeight()));
    }

    /** The caller's view: unit staff see their own unit's row, with its rank among all. */
    public Scorecard scorecard(Long directiveId, LocalDate asOf, String periodKey) {
        if (directiveId != null && vn.dondoc.directive.Directive.findById(directiveId) == null) {
            throw vn.dondoc.common.ProblemException.invalid("directiveId", "Văn bản chỉ đạo không tồn tại");
        }
        Long own = currentUser.scopeUnit(null, "bảng xếp hạng");
        LocalDate day = statistics.asOf(asOf, periodKey);
        ReportingPeriod period = periodKey == null || periodKey.isBlank() ? null : StatisticsService.period(periodKey);
        Scorecard card = cache.get(new Key(directiveId, day, period == null ? null : period.key(), timeliness.today()),
                key -> compute(directiveId, day, period, statistics.cached(directiveId, day)));
        if (own == null) {
            return card;
        }
        return new Scorecard(card.directiveId(), card.asOf(), card.periodKey(), card.periodLabel(), card.reportsFrom(),
                card.reportsTo(), card.formula(), card.rows().stream().filter(r -> r.unit().id() == own).toList());
    }

    /** The scorecard of the whole scope from figures already computed (the snapshot reuses its own). */
    Scorecard compute(Long directiveId, LocalDate asOf, ReportingPeriod period, Statistics figures) {
        LocalDate from = period == null ? asOf.minusYears(1).plusDays(1) : period.from();
        LocalDate to = period == null ? asOf : (period.to().isBefore(asOf) ? period.to() : asOf);
        Map<Long, long[]> reports = reports(directiveId, from, to);
        double total = config.onTimeWeight() + config.reportsWeight() + config.overdueWeight();
        List<ScorecardRow> rows = new ArrayList<>();
        for (UnitRow unit : figures.byUnit()) {
            var c = unit.counts().byTimeliness();
            long onTime = c.get(Timeliness.COMPLETED_ON_TIME).count();
            long late = c.get(Timeliness.COMPLETED_LATE).count();
            long overdue = c.get(Timeliness.OVERDUE).count();
            // Shares closed with their task count for neither: they are not in any denominator.
            long withDeadline = onTime + late + overdue + c.get(Timeliness.ON_TRACK).count() + c.get(Timeliness.DUE_SOON).count();
            String[] roleParts = { roleParts(unit, false), "", roleParts(unit, true) };
            long[] r = reports.getOrDefault(unit.unit().id(), new long[2]);
            List<double[]> parts = new ArrayList<>();
            // {value or NaN, weight, numerator, denominator}
            parts.add(new double[] { ratio(onTime, onTime + late + overdue), config.onTimeWeight(), onTime, onTime + late + overdue });
            parts.add(new double[] { ratio(r[0], r[1]), config.reportsWeight(), r[0], r[1] });
            parts.add(new double[] { withDeadline == 0 ? Double.NaN : 1 - (double) overdue / withDeadline, config.overdueWeight(),
                    overdue, withDeadline });
            double weights = parts.stream().filter(p -> !Double.isNaN(p[0])).mapToDouble(p -> p[1]).sum();
            String[] keys = { "ON_TIME_COMPLETION", "REPORTS_ON_TIME", "NO_OVERDUE" };
            String[] labels = { "Tỷ lệ hoàn thành đúng hạn", "Tỷ lệ báo cáo định kỳ đúng hạn", "Không để nhiệm vụ quá hạn" };
            List<ScoreComponent> components = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            double score = 0;
            for (int i = 0; i < parts.size(); i++) {
                double[] p = parts.get(i);
                boolean defined = !Double.isNaN(p[0]) && weights > 0;
                double points = defined ? round(100 * p[1] * p[0] / weights) : 0;
                score += defined ? 100 * p[1] * p[0] / weights : 0;
                components.add(new ScoreComponent(keys[i], labels[i], defined ? p[0] : null, p[1], (long) p[2], (long) p[3], points,
                        roleParts[i].isEmpty() ? null : roleParts[i]));
                if (defined) {
                    terms.add(number(p[1]) + " × " + (i == 2 ? "(1 − " + (long) p[2] + "/" + (long) p[3] + ")"
                            : (long) p[2] + "/" + (long) p[3]));
                }
            }
            String explanation = terms.isEmpty() ? "Chưa có thành phần nào để tính (chưa có nhiệm vụ đến hạn, chưa có kỳ báo cáo)."
                    : "100 × (" + String.join(" + ", terms) + ") / " + number(weights) + " = " + number(round(score))
                            + (weights < total ? " (thành phần không xác định được bỏ, trọng số chia lại)" : "");
            rows.add(new ScorecardRow(0, unit.unit(), unit.unitType(), round(score), components, explanation));
        }
        rows.sort(Comparator.comparingDouble(ScorecardRow::score).reversed().thenComparing(r -> r.unit().name()));
        List<ScorecardRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ScorecardRow r = rows.get(i);
            int rank = i > 0 && rows.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new ScorecardRow(rank, r.unit(), r.unitType(), r.score(), r.components(), r.explanation()));
        }
        return new Scorecard(directiveId, asOf, period == null ? null : period.key(), period == null ? null : period.label(),
                from, to, formula(config), ranked);
    }

    /**
     * Per unit {on time, owed}: for each directive of the scope and each of its reporting periods whose unit due date lies
     * in [from, to], every unit with work in the directive owes a report.
     */
    private Map<Long, long[]> reports(Long directiveId, LocalDate from, LocalDate to) {
        Map<Long, Set<Long>> unitsByDirective = new HashMap<>();
        String select = "select distinct a.task.directive.id, a.unit.id from Assignment a where a.status <> ?1 "
                + "and a.task.kind is not null" + (directiveId == null ? "" : " and a.task.directive.id = ?2");
        var query = PeriodicReport.getEntityManager().createQuery(select, Object[].class).setParameter(1, ProgressStatus.CANCELLED);
        if (directiveId != null) {
            query.setParameter(2, directiveId);
        }
        query.getResultList().forEach(r -> unitsByDirective.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        Map<Long, long[]> result = new HashMap<>();
        for (var entry : unitsByDirective.entrySet()) {
            // Cut-offs come before due dates: look back far enough for a period due in the window.
            Map<String, DuePeriod> due = new LinkedHashMap<>();
            for (DuePeriod p : schedules.duePeriods(entry.getKey(), from.minusMonths(3), to)) {
                if (!p.unitDueDate().isBefore(from) && !p.unitDueDate().isAfter(to)) {
                    due.putIfAbsent(p.period().key(), p);
                }
            }
            if (due.isEmpty()) {
                continue;
            }
            Map<String, PeriodicReport> sent = new HashMap<>();
            PeriodicReport.<PeriodicReport>list("directive.id = ?1 and periodKey in ?2", entry.getKey(), List.copyOf(due.keySet()))
                    .forEach(r -> sent.put(r.unit.id + "/" + r.periodKey, r));
            for (Long unit : entry.getValue()) {
                long[] counts = result.computeIfAbsent(unit, k -> new long[2]);
                for (DuePeriod p : due.values()) {
                    counts[1]++;
                    PeriodicReport r = sent.get(unit + "/" + p.period().key());
                    if (r != null && r.submittedOn != null && !r.status.editable() && !r.submittedOn.isAfter(p.unitDueDate())) {
                        counts[0]++;
                    }
                }
            }
        }
        return result;
    }

    /**
     * The lead and coordinating parts of a component in words: "chủ trì 2/3, phối hợp 5/6" (on time / due for the
     * completion rate; overdue / with a deadline for the overdue component).
     */
    private static String roleParts(UnitRow unit, boolean overdueComponent) {
        List<String> words = new ArrayList<>();
        for (var part : new Object[][] { { "chủ trì", unit.lead() }, { "phối hợp", unit.coordinating() } }) {
            var m = (vn.dondoc.statistics.StatisticsDtos.Matrix) part[1];
            if (m == null || m.total().count() == 0) {
                continue;
            }
            var c = m.byTimeliness();
            long onTime = c.get(Timeliness.COMPLETED_ON_TIME).count();
            long late = c.get(Timeliness.COMPLETED_LATE).count();
            long overdue = c.get(Timeliness.OVERDUE).count();
            long open = c.get(Timeliness.ON_TRACK).count() + c.get(Timeliness.DUE_SOON).count();
            words.add(overdueComponent ? part[0] + " " + overdue + "/" + (onTime + late + overdue + open)
                    : part[0] + " " + onTime + "/" + (onTime + late + overdue));
        }
        return String.join(", ", words);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Vietnamese number: decimal comma, at most two decimals. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.replace('.', ',');
    }
}
