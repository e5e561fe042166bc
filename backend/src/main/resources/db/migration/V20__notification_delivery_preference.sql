-- Issue 13, rule 6: every event reaches the people it concerns, in the app and by e-mail.
-- Each person chooses how the e-mails of their notifications arrive:
--   IMMEDIATE - one e-mail per notification, as it happens (the default, as before);
--   DIGEST    - no single e-mails: the notifications of the day are listed in the daily digest.
-- A notification kept for the digest has email_status DIGEST until a digest lists it (DIGESTED).
ALTER TABLE person ADD COLUMN email_delivery VARCHAR(10) NOT NULL DEFAULT 'IMMEDIATE';

-- The digest looks up one person's notifications that wait for it.
CREATE INDEX ix_notification_recipient_email ON notification (recipient_id, email_status);
