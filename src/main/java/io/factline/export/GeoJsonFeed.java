package io.factline.export;

import io.factline.timeline.EventPage;
import io.factline.timeline.EventView;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The timeline as an RFC 7946 GeoJSON FeatureCollection: one Point feature per event that has a located place. */
@Schema(name = "GeoJsonFeatureCollection", description = "RFC 7946 FeatureCollection; events without a located "
        + "place are left out")
public record GeoJsonFeed(
        @Schema(enumeration = "FeatureCollection") String type,
        List<Feature> features) {

    @Schema(name = "GeoJsonFeature")
    public record Feature(
            @Schema(enumeration = "Feature") String type,
            @Schema(description = "The event id") String id,
            Point geometry,
            Properties properties) {
    }

    @Schema(name = "GeoJsonPoint")
    public record Point(
            @Schema(enumeration = "Point") String type,
            @Schema(description = "[longitude, latitude], WGS 84") List<Double> coordinates) {
    }

    @Schema(name = "GeoJsonEventProperties")
    public record Properties(
            String id,
            String title,
            @Schema(nullable = true) String summary,
            @Schema(description = "ISO 8601 / TIMEX3 value of the date", examples = "2024-W19") String date,
            @Schema(description = "MINUTE, HOUR, PART_OF_DAY, DAY, WEEK, MONTH…") String precision,
            @Schema(description = "First day of the date's interval") LocalDate start,
            @Schema(description = "Last day of the date's interval (inclusive)") LocalDate end,
            @Schema(nullable = true, description = "Clock time (HH:mm, local) of a MINUTE or HOUR date; null "
                    + "otherwise") String time,
            String place,
            @Schema(description = "Absolute URL of the event in the API") String url,
            List<Citation> citations) {
    }

    @Schema(name = "GeoJsonCitation")
    public record Citation(
            String sourceId,
            String quote,
            @Schema(description = "The stored source text, with a fragment that highlights the quote") String text,
            @Schema(nullable = true, description = "The original article, with a text fragment") String url) {
    }

    public static GeoJsonFeed of(EventPage page, ExportContext context) {
        return new GeoJsonFeed("FeatureCollection", page.items().stream()
                .filter(event -> event.place() != null && event.place().latitude() != null
                        && event.place().longitude() != null)
                .map(event -> feature(event, context)).toList());
    }

    private static Feature feature(EventView event, ExportContext context) {
        EventView.DateView date = event.date();
        List<Citation> citations = event.citations().stream().map(c -> new Citation(c.sourceId(), c.quote(),
                context.sourceTextLink(c), c.url())).toList();
        return new Feature("Feature", event.id(),
                new Point("Point", List.of(event.place().longitude(), event.place().latitude())),
                new Properties(event.id(), event.title(), event.summary(), date.value(), date.precision().name(),
                        date.earliest(), date.latest(), date.time(), event.place().name(), context.eventUri(event),
                        citations));
    }
}
