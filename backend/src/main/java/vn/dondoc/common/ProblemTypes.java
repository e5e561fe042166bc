package vn.dondoc.common;

/** Stable problem type URIs: clients switch on these, never on the (translated) title. */
public final class ProblemTypes {
    public static final String VALIDATION = "urn:dondoc:problem:validation";
    public static final String MALFORMED = "urn:dondoc:problem:malformed-request";
    public static final String NOT_FOUND = "urn:dondoc:problem:not-found";
    public static final String FORBIDDEN = "urn:dondoc:problem:forbidden";
    public static final String UNAUTHORIZED = "urn:dondoc:problem:unauthorized";
    public static final String CONFLICT = "urn:dondoc:problem:conflict";
    public static final String METHOD = "urn:dondoc:problem:method-not-allowed";
    public static final String MEDIA_TYPE = "urn:dondoc:problem:unsupported-media-type";
    public static final String INTERNAL = "urn:dondoc:problem:internal";

    private ProblemTypes() {
    }
}
