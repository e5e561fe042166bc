package vn.dondoc.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import vn.dondoc.importer.Proposal.ReportingObligation;
import vn.dondoc.importer.Proposal.ScheduleProposal;
import vn.dondoc.period.PeriodKind;

/**
 * The reporting schedule a program's periodic reporting duties ask for: the period kinds they name
 * ("định kỳ 6 tháng", "hằng quý"), the working days they give, the rest from the global schedule
 * (a bare "định kỳ ... theo quy định" means the regime of Decree 09/2019/NĐ-CP).
 */
final class ScheduleProposer {

    /** What the global schedule asks for: used for what the document does not say. */
    record Defaults(List<PeriodKind> kinds, int unitDueWorkingDays, int trackerDueWorkingDays) {
    }

    static final Defaults FALLBACK = new Defaults(List.of(PeriodKind.HALF_YEARLY, PeriodKind.YEARLY), 2, 5);

    private static final int MAX_DAYS = 60;

    private ScheduleProposer() {
    }

    /** Null when no duty is periodic. */
    static ScheduleProposal propose(ImportPatterns p, List<ReportingObligation> obligations, Defaults defaults) {
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        List<String> codes = new ArrayList<>();
        Integer unitDays = null;
        Integer trackerDays = null;
        String name = null;
        int nameRank = -1;
        for (ReportingObligation o : obligations == null ? List.<ReportingObligation>of() : obligations) {
            PeriodKind kind = periodKind(o.frequency());
            boolean periodic = kind != null || "PERIODIC".equals(o.frequency());
            if (!periodic || !("PROGRESS".equals(o.kind()) || "CONSOLIDATED".equals(o.kind()))) {
                continue;
            }
            codes.add(o.code());
            if (kind != null) {
                kinds.add(kind);
            }
            String folded = TextFold.fold(o.text());
            Matcher days = p.reportDueDays.matcher(folded);
            if (days.find()) {
                int n = Math.max(1, Math.min(MAX_DAYS, Integer.parseInt(days.group(1))));
                if ("CONSOLIDATED".equals(o.kind())) {
                    trackerDays = trackerDays == null ? n : trackerDays;
                } else {
                    unitDays = unitDays == null ? n : unitDays;
                }
            }
            // The units' own report names the schedule before the tracking department's summary.
            Matcher m = p.scheduleName.matcher(folded);
            int rank = "PROGRESS".equals(o.kind()) ? 1 : 0;
            if (m.find() && rank > nameRank) {
                name = o.text().substring(m.start(), m.end());
                nameRank = rank;
            }
        }
        if (codes.isEmpty()) {
            return null;
        }
        boolean kindsFromText = !kinds.isEmpty();
        if (!kindsFromText) {
            kinds.addAll(defaults.kinds().isEmpty() ? FALLBACK.kinds() : defaults.kinds());
        }
        boolean daysFromText = unitDays != null || trackerDays != null;
        int unit = unitDays != null ? unitDays : defaults.unitDueWorkingDays();
        int tracker = trackerDays != null ? trackerDays : Math.max(unit, defaults.trackerDueWorkingDays());
        if (tracker < unit) {
            tracker = unit;
        }
        List<PeriodKind> ordered = List.copyOf(kinds);
        String base = name == null ? "Báo cáo định kỳ" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String full = base + " (" + String.join(", ", ordered.stream().map(ScheduleProposer::label).toList()) + ")";
        if (full.length() > 255) {
            full = full.substring(0, 255);
        }
        return new ScheduleProposal(full, ordered, unit, tracker, kindsFromText, daysFromText, List.copyOf(codes));
    }

    private static PeriodKind periodKind(String frequency) {
        if (frequency == null) {
            return null;
        }
        return switch (frequency) {
            case "MONTHLY" -> PeriodKind.MONTHLY;
            case "QUARTERLY" -> PeriodKind.QUARTERLY;
            case "HALF_YEARLY" -> PeriodKind.HALF_YEARLY;
            case "NINE_MONTHS" -> PeriodKind.NINE_MONTHS;
            case "YEARLY" -> PeriodKind.YEARLY;
            default -> null;
        };
    }

    static String label(PeriodKind kind) {
        return switch (kind) {
            case MONTHLY -> "hằng tháng";
            case QUARTERLY -> "hằng quý";
            case HALF_YEARLY -> "6 tháng";
            case NINE_MONTHS -> "9 tháng";
            case YEARLY -> "hằng năm";
        };
    }
}
