package vn.dondoc.notification;

/**
 * Where a notification's e-mail is: NONE (the person has no address), PENDING (waiting to be sent),
 * SENDING (claimed by one backend instance until its lease ends), SENT, FAILED (will be retried),
 * GAVE_UP (failed too many times), DIGEST (the person takes their e-mails as a daily digest: it
 * waits for the next one), DIGESTED (listed in a daily digest, never sent alone).
 */
public enum EmailStatus {
    NONE, PENDING, SENDING, SENT, FAILED, GAVE_UP, DIGEST, DIGESTED
}
