package io.factline.extract;

import io.factline.temporal.Language;
import io.factline.web.ApiResponses;
import io.factline.web.Problem;
import io.factline.web.ProblemException;
import io.factline.web.ProblemTypes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/extract")
@Tag(name = "Extraction", description = "What the service reads in a text, without storing anything")
public class ExtractResource {

    /** Largest text accepted, in UTF-8 bytes. */
    static final int MAX_TEXT_BYTES = 1 << 20;

    /** A text to read. */
    @Schema(name = "ExtractRequest")
    public record ExtractRequest(
            @Schema(required = true, description = "The text, at most 1 MiB of UTF-8")
            String text,
            @Schema(required = true, description = "Publication date, YYYY-MM-DD: what relative expressions resolve "
                    + "against", examples = "2024-05-16")
            String publishedOn,
            @Schema(nullable = true, description = "fr or en; detected when absent", enumeration = {"fr", "en"})
            String language) {
    }

    private final Extractor extractor;

    ExtractResource(Extractor extractor) {
        this.extractor = extractor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the dates of a text",
            description = "Finds every temporal expression, resolves it against publishedOn (or an earlier date of "
                    + "the text for anaphora), and lists the sentences that carry a date. Stores nothing.")
    @APIResponse(responseCode = "200", description = "What the text says about when",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is missing, malformed, or names an unsupported language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The text is longer than 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ApiResponses.BUSY,
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractResponse extract(ExtractRequest request) {
        if (request == null) {
            throw new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body",
                    "The body must be a JSON object with text and publishedOn", null);
        }
        if (request.text() == null) {
            throw invalidField("text", "is required");
        }
        if (request.text().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new ProblemException(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    "text is longer than " + MAX_TEXT_BYTES + " bytes of UTF-8",
                    List.of(new Problem.InvalidParam("text", "longer than 1 MiB")));
        }
        if (request.publishedOn() == null) {
            throw invalidField("publishedOn", "is required (YYYY-MM-DD)");
        }
        LocalDate publishedOn;
        try {
            publishedOn = LocalDate.parse(request.publishedOn().strip());
        } catch (DateTimeParseException e) {
            throw invalidField("publishedOn", "expected a date YYYY-MM-DD");
        }
        Language language = null;
        if (request.language() != null && !request.language().isBlank()) {
            language = Language.fromCode(request.language())
                    .orElseThrow(() -> invalidField("language", "unsupported; expected fr or en"));
        }
        return ExtractResponse.of(extractor.extract(request.text(), publishedOn, language));
    }

    private static ProblemException invalidField(String name, String reason) {
        return new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body",
                "Field '" + name + "' " + reason, List.of(new Problem.InvalidParam(name, reason)));
    }
}
