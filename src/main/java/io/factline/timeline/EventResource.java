package io.factline.timeline;

import io.factline.export.DisplayLanguage;
import io.factline.export.ExportContext;
import io.factline.export.ExportFormat;
import io.factline.export.GeoJsonFeed;
import io.factline.export.JsonLdFeed;
import io.factline.export.TimelineJsFeed;
import io.factline.web.ApiResponses;
import io.factline.web.Problem;
import io.factline.web.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/events")
@Tag(name = "Timeline", description = "Dated, cited events")
public class EventResource {

    private final EventService events;

    EventResource(EventService events) {
        this.events = events;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.TIMELINEJS_TYPE, ExportFormat.GEOJSON_TYPE,
            ExportFormat.CSV_TYPE, ExportFormat.ICALENDAR_TYPE, ExportFormat.JSONLD_TYPE})
    @Operation(summary = "List the timeline's events",
            description = "Events whose [earliest, latest] interval overlaps [from, to], sorted by earliest, latest, "
                    + "then id, a page at a time. Follow `next` (or the Link rel=\"next\" header) for the next page. "
                    + "The same page is served as TimelineJS 3, GeoJSON, CSV, iCalendar or schema.org JSON-LD by "
                    + "content negotiation on Accept, or with ?format=.")
    @APIResponse(responseCode = "200", description = "One page of events, in the negotiated format",
            headers = {
                @Header(name = "Link", description = "<url>; rel=\"next\" when there is a next page",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)),
                @Content(mediaType = ExportFormat.TIMELINEJS_TYPE,
                        schema = @Schema(implementation = TimelineJsFeed.class)),
                @Content(mediaType = ExportFormat.GEOJSON_TYPE, schema = @Schema(implementation = GeoJsonFeed.class)),
                @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                        description = "RFC 4180 CSV with a header row, one row per event")),
                @Content(mediaType = ExportFormat.ICALENDAR_TYPE, schema = @Schema(type = SchemaType.STRING,
                        description = "RFC 5545 iCalendar, one all-day VEVENT per event")),
                @Content(mediaType = ExportFormat.JSONLD_TYPE, schema = @Schema(implementation = JsonLdFeed.class))})
    @APIResponse(responseCode = "304", description = ApiResponses.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = ApiResponses.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Object> listEvents(
            @BeanParam EventFilter filter,
            @Parameter(description = "Representation, instead of the Accept header: timelinejs, geojson, csv, ics, "
                    + "jsonld or json", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"json", "timelinejs", "geojson", "csv", "ics", "jsonld"}))
            @QueryParam("format") String format,
            @Parameter(description = "Language of the date labels of the TimelineJS and iCalendar formats; "
                    + "Accept-Language when absent", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"fr", "en"}))
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        EventQuery query = filter.toQuery();
        ExportFormat chosen = ExportFormat.select(format, headers.getAcceptableMediaTypes());
        ExportContext context = new ExportContext(uri.getBaseUri(),
                DisplayLanguage.select(lang, headers.getAcceptableLanguages()));
        EventPage page = events.list(query);
        RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder
                .ok(chosen.render(page, context), chosen.contentType())
                .header(HttpHeaders.VARY, "Accept, Accept-Language");
        if (page.next() != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build()
                    + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get one event", description = "The event with its date, its provenance and its citations.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = ApiResponses.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventView getEvent(@Parameter(description = "Event id", example = "bakhmut-shelling") @PathParam("id") String id) {
        return events.get(id).orElseThrow(() -> ProblemException.notFound("event", id));
    }
}
