package vn.dondoc.calendarfeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.calendarfeed.CalendarFeedDtos.CalendarFeedCreate;
import vn.dondoc.calendarfeed.CalendarFeedDtos.CalendarFeedCreated;
import vn.dondoc.calendarfeed.CalendarFeedDtos.CalendarFeedView;
import vn.dondoc.calendarfeed.CalendarFeedWriter.AssignmentDue;
import vn.dondoc.calendarfeed.CalendarFeedWriter.FeedContent;
import vn.dondoc.calendarfeed.CalendarFeedWriter.ReportDue;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.directive.Directive;
import vn.dondoc.period.DuePeriod;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.report.PeriodicReport;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * Calendar feeds: each user holds at most one working feed URL, whose secret is the only credential a calendar
 * app can present. Only the secret's SHA-256 is kept; creating a new feed revokes the previous one, and a
 * revoked or unknown secret is a 404 at once. The feed covers one unit, fixed when it is created and checked
 * then against the creator's rights: unit staff get their own unit, province-wide readers the unit they choose.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    static final String PATH = "api/v1/calendar-feeds/";
    /** Open shares: the statuses of {@link vn.dondoc.task.TimelinessRule}. */
    private static final List<ProgressStatus> OPEN = vn.dondoc.task.TimelinessRule.OPEN_STATUSES;
    /** A secret has 32 random bytes, base64url without padding: 43 characters. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int MAX_EVENTS = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ReportingScheduleService schedules;

    @ConfigProperty(name = "dondoc.frontend-url", defaultValue = "http://localhost:5173")
    String frontendUrl;

    /** Where calendar apps reach the API; by default the address the request came in on. */
    @ConfigProperty(name = "dondoc.calendar-feed.base-url")
    Optional<String> baseUrl;

    /** A feed URL stops working this many days after it was made, so forgotten URLs do not live forever. */
    @ConfigProperty(name = "dondoc.calendar-feed.valid-days", defaultValue = "365")
    int validDays;

    /** How many months ahead the feed lists periodic report due dates. */
    @ConfigProperty(name = "dondoc.calendar-feed.report-months", defaultValue = "6")
    int reportMonths;

    // --- The signed-in user's feed ---

    /**
     * The caller's working feed. A feed the caller may no longer have (unit staff moved to another unit, or a
     * province-wide reader who became unit staff of another unit) is revoked here: the owner's rights are only
     * known when they are signed in.
     */
    public CalendarFeedView mine() {
        Instant now = clock.instant();
        Optional<CalendarFeedToken> token = CalendarFeedToken.activeOf(currentUser.username(), validSince(now));
        if (token.isPresent() && !mayRead(token.get().unit)) {
            revokeAll(now);
            return CalendarFeedView.none();
        }
        return token.map(t -> CalendarFeedView.of(t, expiry(t.createdAt))).orElse(CalendarFeedView.none());
    }

    private boolean mayRead(Unit unit) {
        return currentUser.readsAllUnits() || currentUser.unit().map(own -> own.id.equals(unit.id)).orElse(false);
    }

    private Instant validSince(Instant now) {
        return now.minus(java.time.Duration.ofDays(validDays));
    }

    private Instant expiry(Instant created) {
        return created.plus(java.time.Duration.ofDays(validDays));
    }

    /**
     * A new secret URL for the caller, revoking the one they had.
     *
     * @param requestBase the base URI of the request, used when {@code dondoc.calendar-feed.base-url} is not set
     */
    public CalendarFeedCreated create(CalendarFeedCreate request, URI requestBase) {
        Long unitId = request == null ? null : request.unitId();
        boolean unitStaff = !currentUser.readsAllUnits();
        Unit unit;
        if (unitStaff) {
            unit = currentUser.requireUnit();
            if (unitId != null && !unitId.equals(unit.id)) {
                throw ProblemException.forbidden("Cán bộ đơn vị chỉ tạo được lịch của đơn vị mình.");
            }
        } else if (unitId != null) {
            unit = Unit.findById(unitId);
            if (unit == null) {
                throw ProblemException.invalid("unitId", "Đơn vị không tồn tại");
            }
        } else {
            unit = currentUser.unit().orElseThrow(() -> ProblemException.invalid("unitId",
                    "Tài khoản không thuộc đơn vị nào: hãy chọn đơn vị mà lịch theo dõi"));
        }
        Instant now = clock.instant();
        revokeAll(now);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        CalendarFeedToken token = new CalendarFeedToken();
        token.username = currentUser.username();
        token.unit = unit;
        token.unitStaff = unitStaff;
        token.tokenHash = hash(secret);
        token.tokenHint = secret.substring(0, 8);
        token.createdAt = now;
        token.persist();
        String base = baseUrl.map(String::trim).filter(s -> !s.isEmpty()).orElse(requestBase.toString());
        String url = (base.endsWith("/") ? base : base + "/") + PATH + secret + ".ics";
        String webcal = url.replaceFirst("^https?://", "webcal://");
        return new CalendarFeedCreated(UnitRef.of(unit), url, webcal, token.tokenHint, now, expiry(now));
    }

    /** Revokes the caller's feed; its URL answers 404 from now on. Revoking nothing is not an error. */
    public void revoke() {
        revokeAll(clock.instant());
    }

    private void revokeAll(Instant now) {
        CalendarFeedToken.update("revokedAt = ?1 where username = ?2 and revokedAt is null", now, currentUser.username());
    }

    // --- The feed itself, for whoever holds the secret ---

    /** The feed behind a secret, as iCalendar text; counts the use. */
    public Feed feed(String secret) {
        Instant now = clock.instant();
        CalendarFeedToken token = (secret != null && SECRET.matcher(secret).matches()
                ? CalendarFeedToken.activeByHash(hash(secret), validSince(now)) : Optional.<CalendarFeedToken>empty())
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy lịch: đường dẫn không đúng, đã hết hiệu lực "
                        + "hoặc đã bị thu hồi. Hãy tạo đường dẫn mới trong Dondoc."));
        token.lastUsedAt = now;
        token.useCount++;
        Unit unit = token.unit;
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        FeedContent content = new FeedContent(unit.name, unit.shortName == null ? unit.name : unit.shortName, now, today,
                frontendUrl.replaceAll("/+$", ""), token.unitStaff, assignments(unit.id), reports(unit, today));
        return new Feed(unit.code, CalendarFeedWriter.write(content));
    }

    public record Feed(String unitCode, String ics) {
    }

    /** The unit's open assignments that have a due date: one all-day event each, on the unit's own due date. */
    private static List<AssignmentDue> assignments(long unitId) {
        return Assignment.getEntityManager().createQuery("select new vn.dondoc.calendarfeed.CalendarFeedWriter$AssignmentDue("
                + "a.id, t.id, t.code, t.content, a.role, a.status, a.percentComplete, a.dueDate, d.title) "
                + "from Assignment a join a.task t join t.directive d "
                + "where a.unit.id = :unit and a.status in :open and a.dueDate is not null and t.kind is not null "
                + "order by a.dueDate, t.treeKey, a.id", AssignmentDue.class)
                .setParameter("unit", unitId).setParameter("open", OPEN).setMaxResults(MAX_EVENTS).getResultList();
    }

    /**
     * Periodic reports the unit owes (Decree 09 periods of the schedules of each directive it has open work in),
     * from a month back to {@code dondoc.calendar-feed.report-months} ahead, with what it has sent.
     */
    private List<ReportDue> reports(Unit unit, LocalDate today) {
        List<Long> directives = Assignment.<Assignment>find("select distinct a.task.directive.id from Assignment a "
                + "where a.unit = ?1 and a.status in ?2 and a.task.kind is not null", unit, OPEN).project(Long.class).list();
        List<ReportDue> due = new ArrayList<>();
        for (Long directiveId : directives) {
            Directive directive = Directive.findById(directiveId);
            Map<String, DuePeriod> periods = new LinkedHashMap<>();
            for (DuePeriod p : schedules.duePeriods(directiveId, today.minusMonths(1), today.plusMonths(reportMonths))) {
                periods.putIfAbsent(p.period().key(), p);
            }
            for (DuePeriod p : periods.values()) {
                PeriodicReport report = PeriodicReport.<PeriodicReport>find("directive.id = ?1 and unit = ?2 and periodKey = ?3",
                        directiveId, unit, p.period().key()).firstResult();
                due.add(new ReportDue(directiveId, label(directive), directive.title, p.period().key(), p.period().label(),
                        p.period().from(), p.period().to(), p.unitDueDate(), report == null ? null : report.status,
                        report == null ? null : report.submittedOn));
            }
        }
        return due;
    }

    /** A directive in a few words: its number and symbol, or the start of its title. */
    private static String label(Directive directive) {
        if (directive.numberSymbol != null && !directive.numberSymbol.isBlank()) {
            return directive.numberSymbol.trim();
        }
        return CalendarFeedWriter.shorten(directive.title, 60);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
