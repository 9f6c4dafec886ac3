package io.factline.timeline;

import io.factline.web.ApiResponses;
import io.factline.web.DateParam;
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
import java.time.LocalDate;
import java.util.Locale;
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
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the timeline's events",
            description = "Events whose [earliest, latest] interval overlaps [from, to], sorted by earliest, latest, "
                    + "then id, a page at a time. Follow `next` (or the Link rel=\"next\" header) for the next page.")
    @APIResponse(responseCode = "200", description = "One page of events",
            headers = @Header(name = "Link", description = "<url>; rel=\"next\" when there is a next page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = ApiResponses.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EventPage> listEvents(
            @Parameter(description = "Start of the window, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (from=2023-02 "
                    + "starts on 1 Feb 2023)", example = "2023-02")
            @QueryParam("from") String from,
            @Parameter(description = "End of the window, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (to=2023-02 ends "
                    + "on 28 Feb 2023)", example = "2023-02")
            @QueryParam("to") String to,
            @Parameter(description = "Text to find in the title, summary or a quote (case-insensitive)")
            @QueryParam("q") String q,
            @Parameter(description = "Place id, name or alias (Kharkov and Kharkiv are the same place)")
            @QueryParam("place") String place,
            @Parameter(description = "Actor id, name or alias") @QueryParam("actor") String actor,
            @Parameter(description = "Tag") @QueryParam("tag") String tag,
            @Parameter(description = "Id of a source the event cites") @QueryParam("source") String source,
            @Parameter(description = "reviewed or extracted; both when absent",
                    schema = @Schema(enumeration = {"reviewed", "extracted"}))
            @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "500", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "The `next` cursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        LocalDate start = DateParam.start("from", from);
        LocalDate end = DateParam.end("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.invalidParameter("from", "'" + from + "' is after to='" + to + "'");
        }
        EventQuery query = new EventQuery(start, end, blankToNull(q), blankToNull(place), blankToNull(actor),
                blankToNull(tag), blankToNull(source), status(status), LimitParam.parse(limit),
                cursor == null || cursor.isBlank() ? null : EventCursor.decode("cursor", cursor));
        EventPage page = events.list(query);
        RestResponse.ResponseBuilder<EventPage> response = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build()
                    + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get one event")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = ApiResponses.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventView getEvent(@Parameter(description = "Event id", example = "bakhmut-shelling") @PathParam("id") String id) {
        return events.get(id).orElseThrow(() -> ProblemException.notFound("event", id));
    }

    private static Event.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Event.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("status", "expected reviewed or extracted");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
