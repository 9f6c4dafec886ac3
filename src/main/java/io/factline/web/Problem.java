package io.factline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: what every error of the API answers, as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", examples = "urn:factline:problem:invalid-parameter")
        String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid parameter")
        String title,
        @Schema(description = "The HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong with this request, for a person to read")
        String detail,
        @Schema(description = "The request path the problem occurred on", examples = "/events")
        String instance,
        @Schema(description = "For invalid input: each offending parameter or field and what is wrong with it")
        List<InvalidParam> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending request parameter or body field. */
    @Schema(name = "InvalidParam")
    public record InvalidParam(
            @Schema(description = "Name of the query parameter, path parameter or body field", examples = "from")
            String name,
            @Schema(description = "What is wrong with it", examples = "expected YYYY, YYYY-MM or YYYY-MM-DD")
            String reason) {
    }
}
