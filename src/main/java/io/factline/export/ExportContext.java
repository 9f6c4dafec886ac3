package io.factline.export;

import io.factline.source.TextFragments;
import io.factline.timeline.EventView;
import io.factline.timeline.EventView.CitationView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a representation needs beyond the events: the base URI of the API, to write absolute links to the events
 * and to the source texts, and the language to label dates in.
 *
 * @param base     the API's base URI, ending with '/'
 * @param language the language of labels and dates
 */
public record ExportContext(URI base, DisplayLanguage language) {

    /** Absolute URI of {@code GET /events/{id}}. */
    public String eventUri(EventView event) {
        return base.resolve("events/" + encode(event.id())).toString();
    }

    /** Absolute URI of the stored source text, with a text fragment that makes a browser highlight the quote. */
    public String sourceTextLink(CitationView citation) {
        return TextFragments.link(base.resolve("sources/" + encode(citation.sourceId()) + "/text").toString(),
                citation.quote());
    }

    /** The label of an event's date in this context's language. */
    public String displayDate(EventView.DateView date) {
        return DisplayDate.format(date.value(), date.precision(), date.earliest(), date.latest(), date.mod(),
                language);
    }

    /** {@code text} between the quotation marks of this context's language. */
    public String quoted(String text) {
        return language == DisplayLanguage.FR ? "« " + text + " »" : "“" + text + "”";
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
