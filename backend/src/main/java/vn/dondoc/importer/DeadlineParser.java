package vn.dondoc.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.TaskKind;

/**
 * Deadlines in the forms programs write them ("trước ngày 30/6/2023", "trong Quý II/2023",
 * "năm 2024", "hằng năm", "thường xuyên", "định kỳ 6 tháng") to a due date or a task kind.
 * A period ("Quý II/2023", "năm 2024") is due on its last day.
 */
public final class DeadlineParser {

    public record Deadline(TaskKind kind, Recurrence recurrence, LocalDate dueDate, String text) {
    }

    private final ImportPatterns p;

    public DeadlineParser(ImportPatterns patterns) {
        this.p = patterns;
    }

    public Optional<Deadline> parse(String original) {
        String text = TextFold.clean(original);
        String folded = TextFold.fold(text);
        for (ImportPatterns.DeadlinePattern d : p.deadlines) {
            Matcher m = d.regex().matcher(folded);
            while (m.find()) {
                String found = text.substring(m.start(), m.end());
                Optional<Deadline> deadline = toDeadline(d.form(), m, found);
                if (deadline.isPresent()) {
                    return deadline;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Deadline> toDeadline(String form, Matcher m, String found) {
        try {
            return Optional.ofNullable(switch (form) {
                case "DATE" -> due(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))), found);
                case "QUARTER" -> {
                    int quarter = quarter(m.group(1));
                    yield due(YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3).atEndOfMonth(), found);
                }
                case "MONTH" -> due(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).atEndOfMonth(), found);
                case "YEAR" -> {
                    int year = Integer.parseInt(m.group(1));
                    yield year < 1990 || year > 2100 ? null : due(LocalDate.of(year, 12, 31), found);
                }
                case "MONTHLY" -> new Deadline(TaskKind.PERIODIC, Recurrence.MONTHLY, null, found);
                case "QUARTERLY" -> new Deadline(TaskKind.PERIODIC, Recurrence.QUARTERLY, null, found);
                case "HALF_YEARLY" -> new Deadline(TaskKind.PERIODIC, Recurrence.HALF_YEARLY, null, found);
                case "YEARLY" -> new Deadline(TaskKind.PERIODIC, Recurrence.YEARLY, null, found);
                case "ONGOING" -> new Deadline(TaskKind.ONGOING, null, null, found);
                default -> null;
            });
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "31/2/2024" is no date: look further
        }
    }

    private static Deadline due(LocalDate date, String found) {
        return new Deadline(TaskKind.DEADLINE, null, date, found);
    }

    private static int quarter(String label) {
        return switch (label) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> throw new NumberFormatException(label);
        };
    }
}
