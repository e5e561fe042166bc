package vn.dondoc.notification;

/** A rendered notification: title (the e-mail subject without the "[Dondoc]" tag), text and HTML bodies, link. */
public record Message(String title, String text, String html, String link) {
}
