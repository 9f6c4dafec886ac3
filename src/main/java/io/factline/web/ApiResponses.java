package io.factline.web;

/** Descriptions shared by the OpenAPI annotations of the resources. */
public final class ApiResponses {

    public static final String BAD_REQUEST = "A parameter is malformed or out of range";
    public static final String NOT_FOUND = "No resource has this id";
    public static final String BUSY = "Every slot for this kind of work is taken; try again after Retry-After seconds";
    public static final String NOT_ACCEPTABLE = "The Accept header asks for a media type this operation does not serve";

    public static final String NOT_MODIFIED = "The representation matching If-None-Match has not changed";
    public static final String ETAG = "Strong validator of this representation: a digest of its bytes";

    public static final String INVALID_BODY = "A field of the body is missing, malformed, of the wrong type or "
            + "unknown; errors names each";
    public static final String UNAUTHORIZED = "No editor's API key, or a wrong one (Authorization: Bearer <key>)";
    public static final String FORBIDDEN = "The credential does not allow this operation";
    public static final String SOURCE_READ_OTHERWISE = "The same text is already stored with another publication date "
            + "or language, against which its dates were read; delete that source first";
    public static final String UNPROCESSABLE = "The body is well-formed but names what does not exist (a place, an "
            + "actor, a source) or a quote that is not in its source; errors names each field";
    public static final String PAYLOAD_TOO_LARGE = "The body is larger than 2 MiB, or the text longer than 1 MiB";
    public static final String UNSUPPORTED_MEDIA_TYPE = "The body's Content-Type is not accepted here";

    /** The OpenAPI security scheme of write operations. */
    public static final String EDITOR_KEY = "editorKey";

    private ApiResponses() {
    }
}
