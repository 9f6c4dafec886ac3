package io.factline.embed;

import io.factline.export.DisplayLanguage;
import io.factline.export.ExportContext;
import io.factline.timeline.EventFilter;
import io.factline.timeline.EventPage;
import io.factline.timeline.EventService;
import io.factline.web.ApiResponses;
import io.factline.web.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/embed")
@Tag(name = "Embed", description = "The timeline as a page to put in an iframe")
public class EmbedResource {

    static final String TEXT_HTML_UTF8 = "text/html; charset=UTF-8";

    private final EventService events;
    private final EmbedPage page;

    EmbedResource(EventService events, EmbedPage page) {
        this.events = events;
        this.page = page;
    }

    @GET
    @Produces(TEXT_HTML_UTF8)
    @Operation(summary = "Show the timeline as an embeddable page",
            description = "A self-contained HTML page (no external resources) listing the events in timeline order "
                    + "with their dates at their precision, headline, place and quotes linking to the source text, "
                    + "filtered and paged like GET /events. French or English, from ?lang= or Accept-Language. "
                    + "Meant for <iframe src=\".../embed?from=2023&lang=en\">.")
    @APIResponse(responseCode = "200", description = "The page",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = ApiResponses.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = ApiResponses.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<String> embedTimeline(
            @BeanParam EventFilter filter,
            @Parameter(description = "Language of the page: fr or en; Accept-Language when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"fr", "en"}))
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        DisplayLanguage language = DisplayLanguage.select(lang, headers.getAcceptableLanguages());
        EventPage events = this.events.list(filter.toQuery());
        String html = page.render(events, filter.from(), filter.to(), filter.q(), filter.limit(),
                new ExportContext(uri.getBaseUri(), language));
        return RestResponse.ResponseBuilder.ok(html, TEXT_HTML_UTF8)
                .header("Content-Security-Policy", page.contentSecurityPolicy())
                .header("Content-Language", language.tag())
                .header(HttpHeaders.VARY, "Accept-Language")
                .build();
    }
}
