package io.factline.source;

import io.factline.web.ApiResponses;
import io.factline.web.Cursor;
import io.factline.web.LimitParam;
import io.factline.web.Problem;
import io.factline.web.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/sources")
@Tag(name = "Sources", description = "The articles the timeline is built from")
public class SourceResource {

    static final String TEXT_PLAIN_UTF8 = "text/plain; charset=UTF-8";

    private final SourceService sources;

    SourceResource(SourceService sources) {
        this.sources = sources;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the sources", description = "Metadata only, sorted by publication date then id.")
    @APIResponse(responseCode = "200", description = "One page of sources",
            headers = @Header(name = "Link", description = "<url>; rel=\"next\" when there is a next page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceView.Page.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = ApiResponses.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<SourceView.Page> listSources(
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "500", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "The `next` cursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        SourceService.Key after = cursor == null || cursor.isBlank() ? null : decode(cursor);
        SourceView.Page page = sources.list(LimitParam.parse(limit), after);
        RestResponse.ResponseBuilder<SourceView.Page> response = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build()
                    + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a source's metadata", description = "Title, publisher, URL, language, publication "
            + "date, length in code points and SHA-256 of the text; the text itself is at /sources/{id}/text.")
    @APIResponse(responseCode = "200", description = "The source, without its text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = ApiResponses.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceView getSource(@Parameter(description = "Source id") @PathParam("id") String id) {
        return sources.get(id).orElseThrow(() -> ProblemException.notFound("source", id));
    }

    @GET
    @Path("/{id}/text")
    @Produces(TEXT_PLAIN_UTF8)
    @Operation(summary = "Get a source's exact text",
            description = "The text citations point into: quote == text[start:end] in Unicode code points.")
    @APIResponse(responseCode = "200", description = "The exact stored text",
            content = @Content(mediaType = TEXT_PLAIN_UTF8, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = ApiResponses.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String getSourceText(@Parameter(description = "Source id") @PathParam("id") String id) {
        return sources.text(id).orElseThrow(() -> ProblemException.notFound("source", id));
    }

    private static SourceService.Key decode(String cursor) {
        List<String> parts = Cursor.decode("cursor", cursor, 2);
        try {
            return new SourceService.Key(LocalDate.parse(parts.get(0)), parts.get(1));
        } catch (DateTimeException e) {
            throw ProblemException.invalidParameter("cursor", "not a cursor returned by this API");
        }
    }
}
