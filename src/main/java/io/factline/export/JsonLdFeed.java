package io.factline.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.factline.timeline.EventPage;
import io.factline.timeline.EventView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The timeline as JSON-LD: a graph of schema.org {@code Event}s with their dates, place and citations. */
@Schema(name = "JsonLdEventGraph", description = "JSON-LD with the schema.org context: one Event node per event")
public record JsonLdFeed(
        @JsonProperty("@context") @Schema(enumeration = "https://schema.org") String context,
        @JsonProperty("@graph") List<Event> graph) {

    static final String SCHEMA_ORG = "https://schema.org";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "JsonLdEvent")
    public record Event(
            @JsonProperty("@type") @Schema(enumeration = "Event") String type,
            @JsonProperty("@id") @Schema(description = "Absolute URL of the event in the API") String id,
            String identifier,
            String name,
            @Schema(nullable = true) String description,
            @Schema(description = "First day of the date's interval (an xsd:date); for a MINUTE or HOUR date, "
                    + "its day and clock time as a local xsd:dateTime (2024-05-16T21:45:00), without the zone that "
                    + "the sources do not give") String startDate,
            @Schema(description = "Last day of the date's interval (inclusive)") LocalDate endDate,
            @Schema(nullable = true) Place location,
            @Schema(description = "Tags") List<String> keywords,
            List<Quotation> citation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "JsonLdPlace")
    public record Place(
            @JsonProperty("@type") @Schema(enumeration = "Place") String type,
            String name,
            @Schema(nullable = true) GeoCoordinates geo,
            @Schema(nullable = true) PostalAddress address) {
    }

    @Schema(name = "JsonLdPostalAddress")
    public record PostalAddress(
            @JsonProperty("@type") @Schema(enumeration = "PostalAddress") String type,
            @Schema(description = "ISO 3166-1 alpha-2 country code") String addressCountry) {
    }

    @Schema(name = "JsonLdGeoCoordinates")
    public record GeoCoordinates(
            @JsonProperty("@type") @Schema(enumeration = "GeoCoordinates") String type,
            double latitude,
            double longitude) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "JsonLdQuotation", description = "A verbatim quote of a source that reports the event")
    public record Quotation(
            @JsonProperty("@type") @Schema(enumeration = "Quotation") String type,
            String text,
            @Schema(description = "The stored source text, with a fragment that highlights the quote") String url,
            @Schema(nullable = true, description = "The original article, with a text fragment") String sameAs) {
    }

    public static JsonLdFeed of(EventPage page, ExportContext context) {
        return new JsonLdFeed(SCHEMA_ORG, page.items().stream().map(event -> event(event, context)).toList());
    }

    private static Event event(EventView event, ExportContext context) {
        EventView.PlaceView place = event.place();
        Place location = place == null ? null : new Place("Place", place.name(),
                place.latitude() == null || place.longitude() == null ? null
                        : new GeoCoordinates("GeoCoordinates", place.latitude(), place.longitude()),
                place.countryCode() == null ? null : new PostalAddress("PostalAddress", place.countryCode()));
        List<Quotation> citations = event.citations().stream()
                .map(c -> new Quotation("Quotation", c.quote(), context.sourceTextLink(c), c.url())).toList();
        EventView.DateView date = event.date();
        LocalTime clock = date.clockTime();
        String start = clock == null ? date.earliest().toString()
                : LocalDateTime.of(date.earliest(), clock).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return new Event("Event", context.eventUri(event), event.id(), event.title(), event.summary(), start,
                date.latest(), location, event.tags(), citations);
    }
}
