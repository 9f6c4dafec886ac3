package io.factline.web;

/** Descriptions shared by the OpenAPI annotations of the resources. */
public final class ApiResponses {

    public static final String BAD_REQUEST = "A parameter is malformed or out of range";
    public static final String NOT_FOUND = "No resource has this id";
    public static final String BUSY = "Every slot for this kind of work is taken; try again after Retry-After seconds";
    public static final String NOT_ACCEPTABLE = "The Accept header asks for a media type this operation does not serve";

    public static final String NOT_MODIFIED = "The representation matching If-None-Match has not changed";
    public static final String ETAG = "Strong validator of this representation: a digest of its bytes";

    private ApiResponses() {
    }
}
