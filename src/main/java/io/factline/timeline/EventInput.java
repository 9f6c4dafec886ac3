package io.factline.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.temporal.Precision;
import io.factline.web.Problem.InvalidParam;
import io.factline.web.ProblemException;
import io.factline.web.ProblemTypes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editors' request bodies, checked for shape: every field that is missing, of the wrong type or malformed is
 * named in one 400 problem. What needs the database (does the place exist, is the quote in the source) is the
 * service's to check.
 */
public final class EventInput {

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_TAG = 100;
    static final int MAX_TAGS = 50;
    static final int MAX_ACTORS = 100;
    static final int MAX_CITATIONS = 100;
    static final int MAX_ID = 200;
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** YYYY, YYYY-MM, YYYY-MM-DD, then on a day a clock time THH:mm or a TIMEX3 part of the day (TMO ... TNI). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(?:(\\d{2}):(\\d{2})|(MO|MI|AF|DT|EV|NI)))?)?)?");
    private static final String DATE_FORMS = "expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm (a clock time) or "
            + "YYYY-MM-DDTMO, MI, AF, DT, EV or NI (a part of the day)";

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /** The fields a merge patch may carry. */
    static final Set<String> PATCHABLE = Set.of("title", "summary", "tags", "place", "actors", "status");

    /** An event an editor adds. */
    @Schema(name = "NewEvent", description = "An event written by an editor. Its date is either `date` or the "
            + "`dateExpression` of one citation, read by the temporal resolver in its source.")
    public record NewEventRequest(
            @Schema(nullable = true, description = "Id to give the event (lower-case letters, digits and '-'); "
                    + "derived from the date and title when absent", examples = "kyiv-drone-attack")
            String id,
            @Schema(required = true, maxLength = MAX_TITLE, description = "Short headline")
            String title,
            @Schema(nullable = true, maxLength = MAX_SUMMARY)
            String summary,
            @Schema(nullable = true, description = "YYYY, YYYY-MM or YYYY-MM-DD: the whole year, month or day; "
                    + "YYYY-MM-DDTHH:mm: a clock time on that day, local to the event, no time zone (precision "
                    + "MINUTE); YYYY-MM-DDTMO, TMI, TAF, TDT, TEV or TNI: the morning, midday, afternoon, daytime, "
                    + "evening or night of that day (PART_OF_DAY). Give this or one citation's dateExpression, not "
                    + "both", examples = "2023-02-14")
            String date,
            @Schema(nullable = true, description = "Place id, name or alias of the gazetteer", examples = "kyiv")
            String place,
            @Schema(nullable = true, description = "Actor ids, names or aliases of the gazetteer")
            List<String> actors,
            @Schema(nullable = true, description = "Free tags, at most 50 of at most 100 characters")
            List<String> tags,
            @Schema(nullable = true, description = "reviewed (the default) or extracted",
                    enumeration = {"reviewed", "extracted"})
            String status,
            @Schema(required = true, description = "At least one quote, found verbatim in its source")
            List<CitationRequest> citations) {
    }

    /** A quote of a stored source. */
    @Schema(name = "NewCitation")
    public record CitationRequest(
            @Schema(required = true, description = "Id of a stored source")
            String sourceId,
            @Schema(required = true, description = "Verbatim text of the source")
            String quote,
            @Schema(nullable = true, description = "Which occurrence of the quote, from 1, when it occurs more than "
                    + "once in the source")
            Integer occurrence,
            @Schema(nullable = true, description = "A temporal expression inside the quote that dates the event, "
                    + "resolved against the source's publication date", examples = "mardi")
            String dateExpression) {
    }

    /** A date an editor wrote. */
    record EditorDate(String value, Precision precision, LocalDate earliest, LocalDate latest) {
    }

    /** A checked new event; {@code date} is null when a citation's dateExpression dates it. */
    record NewEvent(String id, String title, String summary, EditorDate date, String place, List<String> actors,
            List<String> tags, Event.Status status, List<CitationRequest> citations) {
    }

    /** A change of one field: {@code value} null removes it. */
    record Change<T>(T value) {
    }

    /** A checked merge patch: a null field is left as it is. */
    record EventPatch(Change<String> title, Change<String> summary, Change<List<String>> tags, Change<String> place,
            Change<List<String>> actors, Change<Event.Status> status) {
    }

    private EventInput() {
    }

    static NewEvent newEvent(NewEventRequest request) {
        if (request == null) {
            throw new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body",
                    "The body must be a JSON object describing the event", null);
        }
        List<InvalidParam> errors = new ArrayList<>();
        String id = request.id() == null ? null : request.id().strip();
        if (id != null && (id.length() > MAX_ID || !ID.matcher(id).matches())) {
            errors.add(new InvalidParam("id", "must be lower-case letters and digits joined by '-', at most "
                    + MAX_ID + " characters"));
        }
        String title = title(request.title(), errors);
        String summary = summary(request.summary(), errors);
        EditorDate date = request.date() == null ? null : date(request.date(), errors);
        List<String> actors = names("actors", request.actors(), MAX_ACTORS, 200, errors);
        List<String> tags = names("tags", request.tags(), MAX_TAGS, MAX_TAG, errors);
        Event.Status status = request.status() == null ? Event.Status.REVIEWED : status(request.status(), errors);
        String place = request.place() == null || request.place().isBlank() ? null : request.place().strip();
        List<CitationRequest> citations = request.citations();
        int dateExpressions = 0;
        if (citations == null || citations.isEmpty()) {
            errors.add(new InvalidParam("citations", "is required: at least one quote of a stored source"));
        } else if (citations.size() > MAX_CITATIONS) {
            errors.add(new InvalidParam("citations", "at most " + MAX_CITATIONS));
        } else {
            for (int i = 0; i < citations.size(); i++) {
                CitationRequest citation = citations.get(i);
                String field = "citations[" + i + "]";
                if (citation == null) {
                    errors.add(new InvalidParam(field, "must be an object"));
                    continue;
                }
                if (citation.sourceId() == null || citation.sourceId().isBlank()) {
                    errors.add(new InvalidParam(field + ".sourceId", "is required"));
                }
                if (citation.quote() == null || citation.quote().isBlank()) {
                    errors.add(new InvalidParam(field + ".quote", "is required and must not be blank"));
                }
                if (citation.occurrence() != null && citation.occurrence() < 1) {
                    errors.add(new InvalidParam(field + ".occurrence", "must be 1 or more"));
                }
                if (citation.dateExpression() != null) {
                    dateExpressions++;
                    if (citation.dateExpression().isBlank()) {
                        errors.add(new InvalidParam(field + ".dateExpression", "must not be blank"));
                    }
                }
            }
        }
        if (date == null && request.date() == null && dateExpressions == 0) {
            errors.add(new InvalidParam("date", "is required, or a citation's dateExpression"));
        } else if (request.date() != null && dateExpressions > 0) {
            errors.add(new InvalidParam("date", "give date or a citation's dateExpression, not both"));
        } else if (dateExpressions > 1) {
            errors.add(new InvalidParam("citations", "only one citation may carry a dateExpression"));
        }
        failOn(errors);
        return new NewEvent(id, title, summary, date, place, actors, tags, status, citations);
    }

    /** Reads a JSON merge patch (RFC 7396) of an event. */
    static EventPatch patch(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body",
                    "The body must be a JSON merge patch: an object of the fields to change", null);
        }
        List<InvalidParam> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                errors.add(new InvalidParam(name, "is not a field an editor can change; those are "
                        + String.join(", ", PATCHABLE.stream().sorted().toList())));
            }
        }
        Change<String> title = null;
        if (body.has("title")) {
            JsonNode node = body.get("title");
            title = new Change<>(node.isTextual() ? title(node.asText(), errors) : null);
            if (!node.isTextual()) {
                errors.add(new InvalidParam("title", node.isNull() ? "cannot be removed" : "must be a string"));
            }
        }
        Change<String> summary = null;
        if (body.has("summary")) {
            JsonNode node = body.get("summary");
            if (!node.isNull() && !node.isTextual()) {
                errors.add(new InvalidParam("summary", "must be a string or null"));
            }
            summary = new Change<>(node.isTextual() ? summary(node.asText(), errors) : null);
        }
        Change<String> place = null;
        if (body.has("place")) {
            JsonNode node = body.get("place");
            if (!node.isNull() && !node.isTextual()) {
                errors.add(new InvalidParam("place", "must be a place id, name or alias, or null"));
            }
            place = new Change<>(node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null);
        }
        Change<List<String>> tags = body.has("tags") ? new Change<>(list("tags", body.get("tags"), MAX_TAGS, MAX_TAG,
                errors)) : null;
        Change<List<String>> actors = body.has("actors") ? new Change<>(list("actors", body.get("actors"), MAX_ACTORS,
                200, errors)) : null;
        Change<Event.Status> status = null;
        if (body.has("status")) {
            JsonNode node = body.get("status");
            if (!node.isTextual()) {
                errors.add(new InvalidParam("status", "must be reviewed or extracted"));
            } else {
                status = new Change<>(status(node.asText(), errors));
            }
        }
        failOn(errors);
        return new EventPatch(title, summary, tags, place, actors, status);
    }

    private static String title(String value, List<InvalidParam> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidParam("title", "is required and must not be blank"));
            return null;
        }
        String title = value.strip();
        if (title.length() > MAX_TITLE) {
            errors.add(new InvalidParam("title", "at most " + MAX_TITLE + " characters"));
        }
        return title;
    }

    private static String summary(String value, List<InvalidParam> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String summary = value.strip();
        if (summary.length() > MAX_SUMMARY) {
            errors.add(new InvalidParam("summary", "at most " + MAX_SUMMARY + " characters"));
        }
        return summary;
    }

    private static Event.Status status(String value, List<InvalidParam> errors) {
        try {
            return Event.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidParam("status", "must be reviewed or extracted"));
            return null;
        }
    }

    private static EditorDate date(String value, List<InvalidParam> errors) {
        String written = value.strip();
        Matcher m = DATE.matcher(written.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            errors.add(new InvalidParam("date", DATE_FORMS));
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new EditorDate(m.group(1), Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new EditorDate(month.toString(), Precision.MONTH, month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            if (m.group(4) != null) {
                LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                return new EditorDate(day + "T" + HOURS_MINUTES.format(time), Precision.MINUTE, day, day);
            }
            if (m.group(6) != null) {
                return new EditorDate(day + "T" + m.group(6), Precision.PART_OF_DAY, day, day);
            }
            return new EditorDate(day.toString(), Precision.DAY, day, day);
        } catch (DateTimeException e) {
            errors.add(new InvalidParam("date", "'" + written + "' does not exist"));
            return null;
        }
    }

    private static List<String> names(String field, List<String> values, int max, int maxLength,
            List<InvalidParam> errors) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            errors.add(new InvalidParam(field, "at most " + max + " items"));
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                errors.add(new InvalidParam(field + "[" + i + "]", "must be a non-blank string"));
            } else if (value.strip().length() > maxLength) {
                errors.add(new InvalidParam(field + "[" + i + "]", "at most " + maxLength + " characters"));
            } else {
                kept.add(value.strip());
            }
        }
        return List.copyOf(kept);
    }

    private static List<String> list(String field, JsonNode node, int max, int maxLength, List<InvalidParam> errors) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new InvalidParam(field, "must be an array of strings, or null"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                errors.add(new InvalidParam(field + "[" + i + "]", "must be a non-blank string"));
            } else {
                values.add(item.asText());
            }
        }
        return names(field, values, max, maxLength, errors);
    }

    static void failOn(List<InvalidParam> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ProblemTypes.INVALID_BODY, "Invalid request body", detail(errors), errors);
        }
    }

    /** 422 with every field whose value names something that does not exist or breaks a rule. */
    static void unprocessableOn(List<InvalidParam> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(422, ProblemTypes.UNPROCESSABLE, "Unprocessable content", detail(errors),
                    errors);
        }
    }

    private static String detail(List<InvalidParam> errors) {
        return String.join("; ", errors.stream().map(e -> e.name() + ": " + e.reason()).toList());
    }
}
