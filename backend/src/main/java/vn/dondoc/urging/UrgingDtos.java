package vn.dondoc.urging;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;

public final class UrgingDtos {

    private UrgingDtos() {
    }

    /**
     * What the caller chose for one letter, as typed (numbers too, so that a malformed one gets a 400 naming
     * it); null or blank means the configured default.
     */
    public record LetterOptions(String number, String symbol, String directiveId, String signerAuthority, String signerTitle,
            String signerName, String responseWorkingDays) {
    }

    /** The options checked, with the defaults filled in. */
    record Checked(String number, String symbol, Long directiveId, String signerAuthority, String signerTitle,
            String signerName, int responseWorkingDays) {
    }

    /** One overdue assignment of the unit, read in one query. */
    public record OverdueTask(long assignmentId, long taskId, String code, String content, AssignmentRole role,
            LocalDate dueDate, ProgressStatus status, long directiveId) {
    }

    /** A directive the overdue tasks come from, as the letter cites it. */
    public record Source(long directiveId, String citation, List<Row> rows) {
    }

    /** One line of the letter's table. */
    public record Row(String code, String content, String role, LocalDate dueDate, long daysOverdue) {
    }

    /**
     * Everything the letter says, ready to be laid out.
     *
     * @param governingBody the body above the issuer (first header line), or null when the issuer has none (the UBND
     *                      tỉnh, a locality's People's Committee)
     * @param issuer        who issues and signs the letter (the caller's unit)
     * @param tracker       who follows the tasks up and receives the unit's answer: the issuer itself, or the tracking
     *                      department when the UBND tỉnh issues the letter
     */
    public record LetterContent(String governingBody, String issuer, String tracker, String superior, String place,
            String number, String symbol, LocalDate date, String addressee, List<Source> sources, LocalDate reportBy,
            List<String> copyTo, String archive, String signerAuthority, String signerTitle, String signerName) {

        /** A letter of the tracking department itself. */
        public LetterContent(String governingBody, String issuer, String superior, String place, String number,
                String symbol, LocalDate date, String addressee, List<Source> sources, LocalDate reportBy,
                List<String> copyTo, String archive, String signerAuthority, String signerTitle, String signerName) {
            this(governingBody, issuer, issuer, superior, place, number, symbol, date, addressee, sources, reportBy, copyTo,
                    archive, signerAuthority, signerTitle, signerName);
        }

        public int taskCount() {
            return sources.stream().mapToInt(s -> s.rows().size()).sum();
        }
    }

    /** The generated document. */
    public record Letter(String fileName, byte[] content) {
    }
}
