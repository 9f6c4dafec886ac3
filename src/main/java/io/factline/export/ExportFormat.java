package io.factline.export;

import io.factline.timeline.EventPage;
import io.factline.web.ProblemException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The representations of the timeline that {@code GET /events} serves, chosen by Accept or by {@code ?format=}. */
public enum ExportFormat {

    JSON("json", MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON),
    TIMELINEJS("timelinejs", ExportFormat.TIMELINEJS_TYPE, ExportFormat.TIMELINEJS_TYPE),
    GEOJSON("geojson", ExportFormat.GEOJSON_TYPE, ExportFormat.GEOJSON_TYPE),
    CSV("csv", ExportFormat.CSV_TYPE, ExportFormat.CSV_TYPE + "; charset=UTF-8; header=present"),
    ICALENDAR("ics", ExportFormat.ICALENDAR_TYPE, ExportFormat.ICALENDAR_TYPE + "; charset=UTF-8"),
    JSONLD("jsonld", ExportFormat.JSONLD_TYPE, ExportFormat.JSONLD_TYPE);

    public static final String TIMELINEJS_TYPE = "application/vnd.timelinejs+json";
    public static final String GEOJSON_TYPE = "application/geo+json";
    public static final String CSV_TYPE = "text/csv";
    public static final String ICALENDAR_TYPE = "text/calendar";
    public static final String JSONLD_TYPE = "application/ld+json";

    /** Every media type {@code GET /events} answers in, the native JSON first. */
    public static final List<String> MEDIA_TYPES = Arrays.stream(values()).map(f -> f.mediaType).toList();

    private final String name;
    private final String mediaType;
    private final String contentType;

    ExportFormat(String name, String mediaType, String contentType) {
        this.name = name;
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    /**
     * This page in this format: the page itself for JSON (serialised by Jackson like every other JSON answer), a
     * record serialised as JSON for the JSON-based formats, text for CSV and iCalendar.
     */
    public Object render(EventPage page, ExportContext context) {
        return switch (this) {
            case JSON -> page;
            case TIMELINEJS -> TimelineJsFeed.of(page, context);
            case GEOJSON -> GeoJsonFeed.of(page, context);
            case CSV -> CsvFeed.of(page, context);
            case ICALENDAR -> ICalendarFeed.of(page, context);
            case JSONLD -> JsonLdFeed.of(page, context);
        };
    }

    /** The {@code ?format=} value that asks for this representation. */
    public String formatName() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type of a response in this format, with its parameters. */
    public String contentType() {
        return contentType;
    }

    /**
     * The format a request asks for: {@code ?format=} when present (a 400 problem when unknown), else the first
     * media type of {@code accepted} (most preferred first) that one of the formats matches; JSON when the client
     * accepts anything.
     */
    public static ExportFormat select(String format, List<MediaType> accepted) {
        if (format != null && !format.isBlank()) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.name.equals(wanted)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidParameter("format", "expected one of "
                            + Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "))));
        }
        if (accepted == null || accepted.isEmpty()) {
            return JSON;
        }
        for (MediaType type : accepted) {
            if (refused(type)) {
                continue;
            }
            for (ExportFormat candidate : values()) {
                if (type.isCompatible(MediaType.valueOf(candidate.mediaType))) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptableException();
    }

    /** {@code q=0} means "not this one". */
    private static boolean refused(MediaType type) {
        String q = type.getParameters().get("q");
        try {
            return q != null && Double.parseDouble(q) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
