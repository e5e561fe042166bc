package vn.dondoc.event;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call: HMAC-SHA256 with the subscription's secret over
 * {@code timestamp + "." + body}, sent as {@code Dondoc-Signature: v1=<hex>} next to
 * {@code Dondoc-Timestamp} (Unix seconds). The timestamp inside the signed text stops an old
 * call from being replayed later; "v1=" leaves room for another scheme during a key change.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "Dondoc-Timestamp";
    public static final String SIGNATURE_HEADER = "Dondoc-Signature";
    public static final String EVENT_ID_HEADER = "Dondoc-Event-Id";
    public static final String EVENT_TYPE_HEADER = "Dondoc-Event-Type";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
