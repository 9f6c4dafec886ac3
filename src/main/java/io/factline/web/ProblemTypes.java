package io.factline.web;

/** The kinds of problem the API answers with; each URI names one and never changes. */
public final class ProblemTypes {

    public static final String INVALID_PARAMETER = "urn:factline:problem:invalid-parameter";
    public static final String INVALID_BODY = "urn:factline:problem:invalid-body";
    public static final String NOT_FOUND = "urn:factline:problem:not-found";
    public static final String NOT_ACCEPTABLE = "urn:factline:problem:not-acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:factline:problem:unsupported-media-type";
    public static final String METHOD_NOT_ALLOWED = "urn:factline:problem:method-not-allowed";
    public static final String CROSS_ORIGIN_REFUSED = "urn:factline:problem:cross-origin-refused";
    public static final String PAYLOAD_TOO_LARGE = "urn:factline:problem:payload-too-large";
    public static final String BUSY = "urn:factline:problem:busy";
    public static final String UNPROCESSABLE = "urn:factline:problem:unprocessable";
    public static final String CONFLICT = "urn:factline:problem:conflict";
    public static final String UNAUTHORIZED = "urn:factline:problem:unauthorized";
    public static final String FORBIDDEN = "urn:factline:problem:forbidden";
    public static final String HTTP_ERROR = "urn:factline:problem:http-error";
    public static final String INTERNAL = "urn:factline:problem:internal-error";

    private ProblemTypes() {
    }
}
