package io.factline.export;

import io.factline.timeline.EventPage;
import io.factline.timeline.EventView;
import io.factline.timeline.EventView.ActorView;
import io.factline.timeline.EventView.CitationView;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The timeline as RFC 4180 CSV for spreadsheets: a header row, then one row per event; an event's quotes and
 * their links are joined by line breaks inside one quoted field each, in the same order.
 */
public final class CsvFeed {

    /** time: HH:mm of a MINUTE or HOUR date, empty otherwise (date, the TIMEX3 value, names a part of the day). */
    static final List<String> HEADER = List.of("id", "title", "summary", "status", "date", "precision", "earliest",
            "latest", "time", "place", "latitude", "longitude", "actors", "tags", "quotes", "quote_links",
            "source_ids");

    private static final String CRLF = "\r\n";

    private CsvFeed() {
    }

    public static String of(EventPage page, ExportContext context) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (EventView event : page.items()) {
            EventView.PlaceView place = event.place();
            List<CitationView> citations = event.citations();
            row(csv, List.of(
                    text(event.id()),
                    text(event.title()),
                    text(event.summary()),
                    event.status(),
                    event.date().value(),
                    event.date().precision().name(),
                    event.date().earliest().toString(),
                    event.date().latest().toString(),
                    event.date().time() == null ? "" : event.date().time(),
                    place == null ? "" : text(place.name()),
                    place == null || place.latitude() == null ? "" : place.latitude().toString(),
                    place == null || place.longitude() == null ? "" : place.longitude().toString(),
                    text(event.actors().stream().map(ActorView::name).collect(Collectors.joining("; "))),
                    text(String.join("; ", event.tags())),
                    text(citations.stream().map(CitationView::quote).collect(Collectors.joining("\n"))),
                    citations.stream().map(context::sourceTextLink).collect(Collectors.joining("\n")),
                    citations.stream().map(CitationView::sourceId).collect(Collectors.joining("\n"))));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /** RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * Free text that a spreadsheet would read as a formula (=, +, -, @ first) gets a leading apostrophe, the
     * usual defence against CSV formula injection; text from articles is not trusted.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
