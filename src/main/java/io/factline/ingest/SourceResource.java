package io.factline.ingest;

import io.factline.auth.EditorKey;
import io.factline.ingest.SourceInput.SourceRequest;
import io.factline.source.SourceService;
import io.factline.source.SourceView;
import io.factline.web.ApiResponses;
import io.factline.web.Cursor;
import io.factline.web.LimitParam;
import io.factline.web.Problem;
import io.factline.web.ProblemException;
import io.factline.web.ProblemTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code /sources}. Adding a source runs downward from here: {@link SourceInput} checks the request, {@link Ingestion}
 * stores the text and the events it dates; the reads ask {@link SourceService}.
 */
@Path("/sources")
@Tag(name = "Sources", description = "The articles the timeline is built from")
public class SourceResource {

    static final String TEXT_PLAIN_UTF8 = "text/plain; charset=UTF-8";

    private final SourceService sources;
    private final Ingestion ingestion;

    SourceResource(SourceService sources, Ingestion ingestion) {
        this.sources = sources;
        this.ingestion = ingestion;
    }

    @POST
    @RolesAllowed(EditorKey.ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiResponses.EDITOR_KEY)
    @Operation(summary = "Add a source (editors)",
            description = "Stores the article and turns every sentence that carries a date into an event (status "
                    + "extracted), with its places and actors from the gazetteer and the sentence as its citation. A "
                    + "sentence that reports an event already on the timeline (same date interval and the same place "
                    + "or shared actors, or near-identical wording) adds a citation to it instead. All or nothing, in "
                    + "one transaction. Posting a text already stored (same SHA-256) stores nothing and answers 200 "
                    + "with the stored source, so retries are safe. The body is JSON, or, for quick use from curl, the "
                    + "bare text as text/plain with the other fields as query parameters (publishedOn required "
                    + "there): `curl -H \"Authorization: Bearer $KEY\" -H 'Content-Type: text/plain' --data-binary "
                    + "@article.txt 'http://localhost:8080/sources?publishedOn=2023-04-21&language=en'`")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceRequest.class)))
    @APIResponse(responseCode = "201", description = "Stored, with the events it produced or added citations to",
            headers = @Header(name = "Location", description = "URL of the source",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IngestedSource.class)))
    @APIResponse(responseCode = "200", description = "The same text was already stored: nothing was written; the "
            + "stored source and its events",
            headers = @Header(name = "Location", description = "URL of the source",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IngestedSource.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.INVALID_BODY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED,
            headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiResponses.SOURCE_READ_OTHERWISE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ApiResponses.PAYLOAD_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ApiResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ApiResponses.BUSY,
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<IngestedSource> postSource(SourceRequest request, @Context UriInfo uri) {
        return respond(ingestion.post(SourceInput.check(request, ProblemTypes.INVALID_BODY)), uri);
    }

    @POST
    @RolesAllowed(EditorKey.ROLE)
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiResponses.EDITOR_KEY)
    @Operation(summary = "Add a source as plain text (editors)",
            description = "As the JSON form, for quick use from curl: the body is the text (UTF-8 unless the "
                    + "Content-Type says otherwise), the rest are query parameters. "
                    + "`curl -H 'Authorization: Bearer $KEY' -H 'Content-Type: text/plain' --data-binary @article.txt "
                    + "'http://localhost:8080/sources?publishedOn=2023-04-21&language=en'`")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING, description = "The article's text, at most 1 MiB of UTF-8")))
    @APIResponse(responseCode = "201", description = "Stored, with the events it produced or added citations to",
            headers = @Header(name = "Location", description = "URL of the source",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IngestedSource.class)))
    @APIResponse(responseCode = "200", description = "The same text was already stored: nothing was written",
            headers = @Header(name = "Location", description = "URL of the source",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IngestedSource.class)))
    @APIResponse(responseCode = "400", description = "The text is empty, or a parameter is missing or malformed; "
            + "errors names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED,
            headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiResponses.SOURCE_READ_OTHERWISE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ApiResponses.PAYLOAD_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ApiResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ApiResponses.BUSY,
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<IngestedSource> postSourceText(String text,
            @Parameter(description = "text/plain bodies only, and required with them: the publication date, "
                    + "YYYY-MM-DD", example = "2023-04-21")
            @QueryParam("publishedOn") String publishedOn,
            @Parameter(description = "text/plain bodies only: fr or en; detected when absent",
                    schema = @Schema(enumeration = {"fr", "en"}))
            @QueryParam("language") String language,
            @Parameter(description = "text/plain bodies only: the article's title") @QueryParam("title") String title,
            @Parameter(description = "text/plain bodies only: who published it")
            @QueryParam("publisher") String publisher,
            @Parameter(description = "text/plain bodies only: absolute http(s) URL of the article")
            @QueryParam("url") String url,
            @Context UriInfo uri) {
        SourceRequest request = new SourceRequest(text, publishedOn, language, title, publisher, url);
        return respond(ingestion.post(SourceInput.check(request, ProblemTypes.INVALID_PARAMETER)), uri);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(EditorKey.ROLE)
    @SecurityRequirement(name = ApiResponses.EDITOR_KEY)
    @Operation(summary = "Delete a source (editors)",
            description = "Removes the source and every citation of it. Events left without a citation are deleted "
                    + "and appear as tombstones in the change feed; the others lose the citations and their updatedAt "
                    + "moves.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED,
            headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteSource(@Parameter(description = "Source id") @PathParam("id") String id) {
        ingestion.delete(id);
    }

    private static RestResponse<IngestedSource> respond(IngestedSource result, UriInfo uri) {
        java.net.URI location = uri.getBaseUriBuilder().path(SourceResource.class).path(result.source().id()).build();
        return RestResponse.ResponseBuilder.<IngestedSource>create(result.created() ? RestResponse.Status.CREATED
                : RestResponse.Status.OK).location(location).entity(result).build();
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
