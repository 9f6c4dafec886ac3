package io.factline.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.auth.EditorKey;
import io.factline.export.DisplayLanguage;
import io.factline.export.ExportContext;
import io.factline.export.ExportFormat;
import io.factline.export.GeoJsonFeed;
import io.factline.export.JsonLdFeed;
import io.factline.export.TimelineJsFeed;
import io.factline.web.ApiResponses;
import io.factline.web.Problem;
import io.factline.timeline.EventInput.NewEventRequest;
import io.factline.web.ProblemException;
import io.factline.web.ProblemTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/events")
@Tag(name = "Timeline", description = "Dated, cited events")
@SecurityScheme(securitySchemeName = ApiResponses.EDITOR_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The editors' API key (factline.editor-key), sent as Authorization: Bearer <key>. Reads need "
                + "none; every write requires it.")
public class EventResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final EventService events;
    private final EventEditor editor;
    private final ObjectMapper json;

    EventResource(EventService events, EventEditor editor, ObjectMapper json) {
        this.events = events;
        this.editor = editor;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.TIMELINEJS_TYPE, ExportFormat.GEOJSON_TYPE,
            ExportFormat.CSV_TYPE, ExportFormat.ICALENDAR_TYPE, ExportFormat.JSONLD_TYPE})
    @Operation(summary = "List the timeline's events",
            description = "Events whose [earliest, latest] interval overlaps [from, to], sorted by earliest, latest, "
                    + "time of day (a whole day first, then the day's times), then id, a page at a time. Follow `next` (or the Link rel=\"next\" header) for the next page. "
                    + "The same page is served as TimelineJS 3, GeoJSON, CSV, iCalendar or schema.org JSON-LD by "
                    + "content negotiation on Accept, or with ?format=. With `updatedSince` the page is a change feed for "
                    + "mirrors: the events created or changed at or after that instant (other filters still apply) and "
                    + "the tombstones {id, deleted: true, updatedAt} of every event deleted since, sorted by updatedAt "
                    + "then id; the formats other than JSON then list the changed events only.")
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
                        description = "RFC 5545 iCalendar, one VEVENT per event: all-day over its interval, or "
                                + "at its clock time (a floating local time) for a MINUTE or HOUR date")),
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
            @Parameter(description = "Change feed: only what was created, changed or deleted at or after this "
                    + "instant, an RFC 3339 date-time (2024-05-16T08:30:00Z; encode '+' as %2B) or a day (YYYY-MM-DD, "
                    + "from 00:00 UTC). To sync, pass the greatest updatedAt seen, minus a margin for writes still in "
                    + "flight; an item seen twice is the same.", example = "2024-05-16T08:30:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        EventQuery query = filter.toQuery(updatedSince);
        ExportFormat chosen = ExportFormat.select(format, headers.getAcceptableMediaTypes());
        ExportContext context = new ExportContext(uri.getBaseUri(),
                DisplayLanguage.select(lang, headers.getAcceptableLanguages()));
        Object body;
        String next;
        if (query.updatedSince() != null) {
            EventChanges changes = events.changes(query);
            body = chosen == ExportFormat.JSON ? changes : chosen.render(changes.liveEvents(), context);
            next = changes.next();
        } else {
            EventPage page = events.list(query);
            body = chosen.render(page, context);
            next = page.next();
        }
        RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder
                .ok(body, chosen.contentType())
                .header(HttpHeaders.VARY, "Accept, Accept-Language");
        if (next != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build()
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

    @POST
    @RolesAllowed(EditorKey.ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiResponses.EDITOR_KEY)
    @Operation(summary = "Add an event (editors)",
            description = "An event written by an editor, status reviewed unless said otherwise. Each citation's "
                    + "quote must be found verbatim in its source; the date is given as `date`, or read by the "
                    + "temporal resolver from one citation's `dateExpression`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewEventRequest.class)))
    @APIResponse(responseCode = "201", description = "The event, as stored",
            headers = @Header(name = "Location", description = "URL of the new event",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.INVALID_BODY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED,
            headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An event already has the id asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ApiResponses.PAYLOAD_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ApiResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiResponses.UNPROCESSABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EventView> createEvent(NewEventRequest request, @Context UriInfo uri) {
        EventView event = editor.create(EventInput.newEvent(request));
        return RestResponse.ResponseBuilder.<EventView>created(
                uri.getBaseUriBuilder().path(EventResource.class).path(event.id()).build()).entity(event).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(EditorKey.ROLE)
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiResponses.EDITOR_KEY)
    @Operation(summary = "Correct an event (editors)",
            description = "A JSON merge patch (RFC 7396) of title, summary, tags, place, actors and status: a field "
                    + "left out is unchanged, null removes it (title and status cannot be removed). Places and actors "
                    + "are gazetteer ids, names or aliases. updatedAt moves only when something changed.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = EventPatchSchema.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPatchSchema.class))})
    @APIResponse(responseCode = "200", description = "The event, as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.INVALID_BODY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED,
            headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ApiResponses.PAYLOAD_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ApiResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ApiResponses.UNPROCESSABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventView patchEvent(@Parameter(description = "Event id", example = "bakhmut-shelling") @PathParam("id") String id,
            String body) {
        return editor.patch(id, EventInput.patch(readTree(body)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(EditorKey.ROLE)
    @SecurityRequirement(name = ApiResponses.EDITOR_KEY)
    @Operation(summary = "Delete an event (editors)",
            description = "The event and its citations go; its id stays in the change feed (updatedSince) as a "
                    + "tombstone, and is never given to another machine-made event.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED,
            headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteEvent(@Parameter(description = "Event id", example = "bakhmut-shelling") @PathParam("id") String id) {
        editor.delete(id);
    }

    /** The documented shape of a merge patch; the body itself is read as a tree, to tell absent from null. */
    @Schema(name = "EventPatch", description = "Fields to change; null removes summary, place, tags or actors")
    record EventPatchSchema(
            @Schema(maxLength = EventInput.MAX_TITLE) String title,
            @Schema(nullable = true, maxLength = EventInput.MAX_SUMMARY) String summary,
            @Schema(nullable = true) java.util.List<String> tags,
            @Schema(nullable = true, description = "Place id, name or alias") String place,
            @Schema(nullable = true, description = "Actor ids, names or aliases") java.util.List<String> actors,
            @Schema(enumeration = {"reviewed", "extracted"}) String status) {
    }

    private JsonNode readTree(String body) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body",
                    "The body must be a JSON merge patch: an object of the fields to change", null);
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body",
                    "The body is not well-formed JSON", null);
        }
    }
}
