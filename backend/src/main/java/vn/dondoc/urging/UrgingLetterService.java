package vn.dondoc.urging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dondoc.calendar.WorkingDayCalendar;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitType;
import vn.dondoc.urging.UrgingDtos.Checked;
import vn.dondoc.urging.UrgingDtos.Letter;
import vn.dondoc.urging.UrgingDtos.LetterContent;
import vn.dondoc.urging.UrgingDtos.LetterOptions;
import vn.dondoc.urging.UrgingDtos.OverdueTask;
import vn.dondoc.urging.UrgingDtos.Row;
import vn.dondoc.urging.UrgingDtos.Source;

/**
 * The urging letter (công văn đôn đốc) to a unit about its overdue tasks: its own open assignments (not started or
 * in progress) whose own due date (the task's, or the one an approved extension set) is before today in the
 * province's time zone, each with its days late (calendar days from that due date to the letter's date).
 * <p>
 * The letter is issued by the caller's own unit, never by a configured one: a leader's letter (and one by a user of
 * the UBND tỉnh itself, dondoc.organization.province-unit-code) is issued by the UBND tỉnh, without a governing body
 * line, signed "KT. CHỦ TỊCH", and asks for the answer to go to the tracking department (dondoc.organization.name);
 * a coordinator's letter is issued by the coordinator's unit under the UBND tỉnh (a locality or the Front has no
 * governing body line). The dondoc.urging defaults (symbol, signer, copies) are those of the tracking department;
 * another unit's default symbol is its code. A unit does not urge itself: that is a 422.
 */
@ApplicationScoped
@Transactional
public class UrgingLetterService {

    /** Problem type when the unit has nothing overdue: there is nothing to urge. */
    public static final String NOTHING_OVERDUE = "urn:dondoc:problem:no-overdue-tasks";

    /** Problem type when the addressee is the caller's own unit: "Sở Công Thương đề nghị Sở Công Thương". */
    public static final String OWN_UNIT = "urn:dondoc:problem:urging-own-unit";

    /** Who issues a letter, with the defaults of its options. */
    record Issuer(Unit unit, String governingBody, String name, String tracker, String symbol, List<String> copyTo,
            String archive, String signerAuthority, String signerTitle, String signerName) {
    }

    static final int MAX_RESPONSE_DAYS = 60;
    private static final List<ProgressStatus> OPEN = List.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS);
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");
    private static final Pattern SYMBOL = Pattern.compile("[\\p{L}0-9.&-]+(/[\\p{L}0-9.&-]+)*");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    OrganizationConfig organization;

    @Inject
    UrgingConfig config;

    /**
     * @throws ProblemException 400 for a malformed option, 403 for unit staff and supervisors, 404 for an unknown
     *                          unit, 422 when the unit has no overdue task (in the directive, if one is given)
     */
    public Letter letter(long unitId, LetterOptions options) {
        if (!currentUser.hasRole(Roles.ADMIN) && !currentUser.hasRole(Roles.COORDINATOR) && !currentUser.hasRole(Roles.LEADER)) {
            throw ProblemException.forbidden("Chỉ cơ quan theo dõi, lãnh đạo và quản trị hệ thống được lập công văn đôn đốc.");
        }
        Checked chosen = check(options);
        Unit unit = Unit.findById(unitId);
        if (unit == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị có mã số " + unitId + ".");
        }
        Issuer issuer = issuer();
        if (issuer.unit() != null && issuer.unit().id.equals(unit.id)) {
            throw new ProblemException(422, OWN_UNIT, "Không thể đôn đốc chính đơn vị mình",
                    "Công văn đôn đốc do " + issuer.name() + " ban hành; không thể gửi công văn đôn đốc cho chính "
                            + unit.name + ". Hãy chọn đơn vị khác.", null);
        }
        LocalDate today = LocalDate.now(clock);
        List<OverdueTask> overdue = overdue(unit.id, chosen.directiveId(), today);
        if (overdue.isEmpty()) {
            throw new ProblemException(422, NOTHING_OVERDUE, "Không có nhiệm vụ quá hạn",
                    "Đơn vị " + unit.name + " không có nhiệm vụ quá hạn"
                            + (chosen.directiveId() == null ? "" : " trong văn bản chỉ đạo đã chọn")
                            + " tính đến ngày " + today.format(DisplayDates.DAY) + ", nên không cần lập công văn đôn đốc.",
                    null);
        }
        LetterContent content = new LetterContent(issuer.governingBody(), issuer.name(), issuer.tracker(),
                organization.superior(), organization.place(), chosen.number(), or(chosen.symbol(), issuer.symbol()), today,
                unit.name, sources(overdue, today), calendar.addWorkingDays(today, chosen.responseWorkingDays()),
                issuer.copyTo(), issuer.archive(), or(chosen.signerAuthority(), issuer.signerAuthority()),
                or(chosen.signerTitle(), issuer.signerTitle()), or(chosen.signerName(), issuer.signerName()));
        String code = unit.code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new Letter("cong-van-don-doc-" + (code.isEmpty() ? unit.id : code) + "-" + today.format(FILE_DATE) + ".docx",
                UrgingLetterWriter.write(content));
    }

    /** The caller's unit as the letter's issuer; see the class comment. */
    Issuer issuer() {
        Unit own = currentUser.unit().orElse(null);
        boolean province = currentUser.hasRole(Roles.LEADER)
                || (own != null && own.code.equals(organization.provinceUnitCode()));
        if (province) {
            Unit ubnd = own != null && own.code.equals(organization.provinceUnitCode()) ? own
                    : Unit.findByCode(organization.provinceUnitCode()).orElse(null);
            List<String> copies = new ArrayList<>(config.province().copyTo());
            copies.add(organization.name() + " (theo dõi)");
            return new Issuer(ubnd, null, ubnd == null ? "Ủy ban nhân dân tỉnh " + organization.place() : ubnd.name,
                    organization.name(), config.province().symbol(), copies, config.province().archive(),
                    config.province().signerAuthority(), config.province().signerTitle(), null);
        }
        own = currentUser.requireUnit();
        boolean tracker = own.code.equals(organization.unitCode());
        String governing = own.type == UnitType.LOCALITY || own.type == UnitType.FRONT ? null : organization.governingBody();
        String name = tracker ? organization.name() : own.name;
        return new Issuer(own, governing, name, name, tracker ? config.symbol() : own.code, config.copyTo(),
                config.archive(), config.signer().authority(), config.signer().title(), config.signer().name().orElse(null));
    }

    private static String or(String chosen, String fallback) {
        return chosen != null ? chosen : fallback;
    }

    /** The unit's open assignments whose own due date has passed, in program order. */
    List<OverdueTask> overdue(long unitId, Long directiveId, LocalDate today) {
        String jpql = "select new vn.dondoc.urging.UrgingDtos$OverdueTask(a.id, t.id, t.code, t.content, a.role, a.dueDate, "
                + "a.status, d.id) from Assignment a join a.task t join t.directive d "
                + "where a.unit.id = :unit and a.status in :open and a.dueDate < :today and t.kind is not null"
                + (directiveId == null ? "" : " and d.id = :directive")
                + " order by d.id, t.treeKey, t.id, a.role";
        var query = Assignment.getEntityManager().createQuery(jpql, OverdueTask.class)
                .setParameter("unit", unitId).setParameter("open", OPEN).setParameter("today", today);
        if (directiveId != null) {
            query.setParameter("directive", directiveId);
        }
        return query.getResultList();
    }

    private static List<Source> sources(List<OverdueTask> overdue, LocalDate today) {
        Map<Long, List<Row>> rows = new LinkedHashMap<>();
        for (OverdueTask task : overdue) {
            rows.computeIfAbsent(task.directiveId(), id -> new ArrayList<>()).add(new Row(task.code(), task.content(),
                    task.role() == AssignmentRole.LEAD ? "Chủ trì" : "Phối hợp", task.dueDate(),
                    ChronoUnit.DAYS.between(task.dueDate(), today)));
        }
        List<Source> sources = new ArrayList<>();
        rows.forEach((id, lines) -> sources.add(new Source(id, citation(Directive.findById(id)), lines)));
        return sources;
    }

    /**
     * How the letter names a directive: "Chương trình hành động số 12/CTr-UBND ngày 01/02/2023 của Ủy ban nhân dân
     * tỉnh Hà Tĩnh thực hiện Kết luận số 57-KL/TU ...", from its kind, number, date, issuer and title.
     */
    public static String citation(Directive directive) {
        String label = kindLabel(directive.kind);
        String title = directive.title.trim();
        String rest = title.regionMatches(true, 0, label, 0, label.length()) ? title.substring(label.length()).trim() : title;
        StringBuilder text = new StringBuilder(label);
        if (directive.numberSymbol != null && !directive.numberSymbol.isBlank()) {
            text.append(" số ").append(directive.numberSymbol.trim());
        }
        if (directive.issuedOn != null) {
            text.append(" ngày ").append(directive.issuedOn.format(DisplayDates.DAY));
        }
        if (directive.issuingBody != null && !directive.issuingBody.isBlank()) {
            text.append(" của ").append(directive.issuingBody.trim());
        }
        if (!rest.isEmpty()) {
            text.append(' ').append(rest);
        }
        return text.toString();
    }

    static String kindLabel(DirectiveKind kind) {
        return switch (kind) {
            case RESOLUTION -> "Nghị quyết";
            case CONCLUSION -> "Kết luận";
            case ACTION_PROGRAM -> "Chương trình hành động";
            case PLAN -> "Kế hoạch";
            case DECISION -> "Quyết định";
            case DIRECTIVE -> "Chỉ thị";
            case OFFICIAL_LETTER -> "Công văn";
            case CONCLUSION_NOTICE -> "Thông báo kết luận";
        };
    }

    /** The options with defaults filled in; every malformed one is reported at once. */
    private Checked check(LetterOptions options) {
        List<FieldError> errors = new ArrayList<>();
        String number = blankToNull(options.number());
        if (number != null && !NUMBER.matcher(number).matches()) {
            errors.add(new FieldError("number", "Số văn bản chỉ gồm chữ số (tối đa 6 chữ số), ví dụ 125"));
        }
        String symbol = blankToNull(options.symbol());
        if (symbol != null && (symbol.length() > 40 || !SYMBOL.matcher(symbol).matches())) {
            errors.add(new FieldError("symbol", "Ký hiệu gồm chữ, số và dấu gạch nối, tối đa 40 ký tự, ví dụ SCT-QLCN"));
        }
        Long directiveId = null;
        String directive = blankToNull(options.directiveId());
        if (directive != null) {
            try {
                directiveId = Long.valueOf(directive);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("directiveId", "Mã văn bản chỉ đạo phải là số"));
            }
            if (directiveId != null && Directive.findById(directiveId) == null) {
                errors.add(new FieldError("directiveId", "Văn bản chỉ đạo không tồn tại"));
            }
        }
        // Blank: the issuer's default (see issuer()).
        String authority = line("signerAuthority", options.signerAuthority(), null, errors);
        String title = line("signerTitle", options.signerTitle(), null, errors);
        String name = line("signerName", options.signerName(), null, errors);
        int days = config.responseWorkingDays();
        String requested = blankToNull(options.responseWorkingDays());
        if (requested != null) {
            try {
                days = Integer.parseInt(requested);
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > MAX_RESPONSE_DAYS) {
                errors.add(new FieldError("responseWorkingDays",
                        "Thời hạn báo cáo là số ngày làm việc từ 1 đến " + MAX_RESPONSE_DAYS));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Checked(number, symbol, directiveId, authority, title, name, days);
    }

    private static String line(String field, String value, String fallback, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        if (text.length() > 100 || text.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "Tối đa 100 ký tự, trên một dòng"));
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
