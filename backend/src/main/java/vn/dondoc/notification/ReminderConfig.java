package vn.dondoc.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * When reminders, escalations and digests are sent ({@code dondoc.reminders.*}). Every value can be
 * set by an environment variable, e.g. {@code DONDOC_REMINDERS_DAYS_BEFORE=10,5,2}.
 */
@ConfigMapping(prefix = "dondoc.reminders")
public interface ReminderConfig {

    /** Days before an assignment's due date on which its unit is reminded; the due date itself always is. */
    @WithDefault("7,3,1")
    List<Integer> daysBefore();

    /** An open assignment is escalated to its unit's heads the day after its due date, then every this many days. */
    @WithDefault("7")
    int escalationIntervalDays();

    /**
     * The coordinators receive one list of the province's overdue assignments a week, on this day
     * (or on the first pass after it, if that day's pass did not run).
     */
    @WithDefault("MONDAY")
    java.time.DayOfWeek coordinatorListDay();

    /** At most this many assignments are listed in the coordinators' weekly list; the rest is counted. */
    @WithDefault("50")
    int coordinatorListMaxItems();

    /** Quartz cron (province time) of the daily pass: reminders, escalations, digests; "off" to never run it. */
    @WithDefault("0 0 7 * * ?")
    String cron();

    /** Quartz cron of the e-mail retry pass (waiting and failed mails); "off" to never run it. */
    @WithDefault("0 */10 * * * ?")
    String mailRetryCron();

    /** A mail that failed this many times is given up (the notification stays in the app). */
    @WithDefault("5")
    int mailMaxAttempts();

    Digest digest();

    interface Digest {

        /** Send the daily digest (on working days only) to the people who keep it on. */
        @WithDefault("true")
        boolean enabled();

        /** At most this many lines per section; the rest is counted. */
        @WithDefault("20")
        int maxItems();
    }
}
