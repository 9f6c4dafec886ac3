package io.factline.timeline;

import io.factline.web.DateParam;
import io.factline.web.InstantParam;
import io.factline.web.LimitParam;
import io.factline.web.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters that select part of the timeline, shared by every representation of it (JSON, the export
 * formats, the embeddable page) so that all of them filter and page alike.
 */
public class EventFilter {

    @Parameter(description = "Start of the window, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (from=2023-02 starts on "
            + "1 Feb 2023)", example = "2023-02")
    @QueryParam("from")
    String from;

    @Parameter(description = "End of the window, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (to=2023-02 ends on "
            + "28 Feb 2023)", example = "2023-02")
    @QueryParam("to")
    String to;

    @Parameter(description = "Text to find in the title, summary or a quote (case-insensitive)")
    @QueryParam("q")
    String q;

    @Parameter(description = "Place id, name or alias (Kharkov and Kharkiv are the same place)")
    @QueryParam("place")
    String place;

    @Parameter(description = "Actor id, name or alias")
    @QueryParam("actor")
    String actor;

    @Parameter(description = "Tag")
    @QueryParam("tag")
    String tag;

    @Parameter(description = "Id of a source the event cites")
    @QueryParam("source")
    String source;

    @Parameter(description = "reviewed or extracted; both when absent",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"reviewed", "extracted"}))
    @QueryParam("status")
    String status;

    @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "500", defaultValue = "50"))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "The `next` cursor of the previous page")
    @QueryParam("cursor")
    String cursor;

    public EventFilter() {
    }

    /** The validated query; a 400 problem naming the offending parameter otherwise. */
    public EventQuery toQuery() {
        return toQuery(null);
    }

    /**
     * The validated query of the change feed when {@code updatedSince} (the raw parameter) is given, of the
     * timeline otherwise; the cursor must come from the same kind of page.
     */
    public EventQuery toQuery(String updatedSince) {
        LocalDate start = DateParam.start("from", from);
        LocalDate end = DateParam.end("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.invalidParameter("from", "'" + from + "' is after to='" + to + "'");
        }
        OffsetDateTime since = InstantParam.parse("updatedSince", updatedSince);
        boolean paged = cursor != null && !cursor.isBlank();
        return new EventQuery(start, end, blankToNull(q), blankToNull(place), blankToNull(actor), blankToNull(tag),
                blankToNull(source), status(status), since, LimitParam.parse(limit),
                paged && since == null ? EventCursor.decode("cursor", cursor) : null,
                paged && since != null ? EventCursor.decodeChange("cursor", cursor) : null);
    }

    /** The raw values of from, to and q, to show back in a form. */
    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String q() {
        return q;
    }

    public String limit() {
        return limit;
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
