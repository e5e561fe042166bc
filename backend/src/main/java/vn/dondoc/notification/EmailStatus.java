package vn.dondoc.notification;

/**
 * Where a notification's e-mail is: NONE (the person has no address), PENDING (waiting to be sent),
 * SENDING (claimed by one backend instance until its lease ends), SENT, FAILED (will be retried),
 * GAVE_UP (failed too many times).
 */
public enum EmailStatus {
    NONE, PENDING, SENDING, SENT, FAILED, GAVE_UP
}
