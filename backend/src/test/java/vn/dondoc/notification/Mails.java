package vn.dondoc.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Reading what reached the GreenMail SMTP server. */
final class Mails {

    record Received(String to, String subject, String text, String html) {
    }

    private Mails() {
    }

    static List<Received> to(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, address)).map(Mails::read).toList();
    }

    /** Waits until the mails to {@code address} satisfy {@code done}, then returns them (or fails after the timeout). */
    static List<Received> await(GreenMail greenMail, String address, Predicate<List<Received>> done, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            List<Received> mails = to(greenMail, address);
            if (done.test(mails)) {
                return mails;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("mails to " + address + " never became as expected: " + mails.stream()
                        .map(Received::subject).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received read(MimeMessage message) {
        try {
            String[] parts = new String[2];
            collect(message, parts);
            return new Received(message.getAllRecipients()[0].toString(), message.getSubject(), parts[0], parts[1]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = part.getContent().toString().replace("\r\n", "\n"); // SMTP sends CRLF line ends
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = part.getContent().toString().replace("\r\n", "\n");
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        }
    }
}
