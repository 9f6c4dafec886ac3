package io.factline.timeline;

import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.source.TextFragments;
import io.factline.temporal.Mod;
import io.factline.temporal.Precision;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** An event as the API shows it. */
@Schema(name = "Event", description = "A dated fact of the timeline, backed by verbatim citations of its sources. "
        + "In a change feed (GET /events?updatedSince=) a deleted event appears as a tombstone: only id, updatedAt "
        + "(when it was deleted) and deleted: true.",
        properties = @SchemaProperty(name = "deleted", type = SchemaType.BOOLEAN, nullable = true,
                description = "Present, and true, only on the tombstone of a deleted event in a change feed"))
public record EventView(
        @Schema(description = "Stable, readable identifier", examples = "bakhmut-shelling")
        String id,
        @Schema(description = "Short headline")
        String title,
        String summary,
        @Schema(description = "reviewed: confirmed by an editor; extracted: made by the machine",
                enumeration = {"reviewed", "extracted"})
        String status,
        DateView date,
        @Schema(nullable = true)
        PlaceView place,
        List<ActorView> actors,
        List<String> tags,
        @Schema(description = "Quotes of the sources that report the event; never empty")
        List<CitationView> citations,
        @Schema(description = "How many distinct sources cite the event")
        int sourceCount,
        @Schema(description = "When the event was first stored")
        OffsetDateTime createdAt,
        @Schema(description = "When the event, or the list of its citations, last changed")
        OffsetDateTime updatedAt) implements EventItem {

    @Schema(name = "EventDate", description = "When the event happened, as precisely as the source says, and how "
            + "that was worked out.")
    public record DateView(
            @Schema(description = "ISO 8601 / TIMEX3 value at the given precision: 2023-02-13, 2024-W19, 2022-08; "
                    + "below the day, a TIMEX3 TIME with its clock time (2024-05-16T21:45 at MINUTE, 2024-05-16T18:00 "
                    + "at HOUR) or its part of the day (2024-05-16TMO at PART_OF_DAY: MO morning, MI midday, AF "
                    + "afternoon, DT daytime, EV evening, NI night)", examples = "2023-02-13")
            String value,
            Precision precision,
            @Schema(description = "First day of the interval the date denotes (inclusive)")
            LocalDate earliest,
            @Schema(description = "Last day of the interval the date denotes (inclusive)")
            LocalDate latest,
            // No examples: YAML 1.1 readers (SnakeYAML) would read an unquoted 21:45 as the number 1305.
            @Schema(nullable = true, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                    description = "Clock time (HH:mm, such as 21:45) of a MINUTE or HOUR date on its day, as the "
                    + "source gives it: local time, no time zone. Null otherwise: a part of the day is named in the "
                    + "value only")
            String time,
            @Schema(nullable = true, description = "Part of the unit meant: fin août is 2022-08 with mod END")
            Mod mod,
            @Schema(description = "The expression as written in the source", examples = "vendredi dernier")
            String expression,
            @Schema(nullable = true, description = "The date the expression was resolved against: the source's "
                    + "publication date, or an earlier date of the same text for anaphora; null for absolute dates")
            LocalDate anchor,
            @Schema(description = "Name of the resolver rule that read the expression", examples = "weekday.last")
            String rule,
            @Schema(nullable = true, description = "The source whose text holds the expression")
            String sourceId) {

        static DateView of(EventDate date) {
            return new DateView(date.value, date.precision, date.earliest, date.latest,
                    EventDate.clockTime(date.precision, date.time), date.mod, date.expression, date.anchor, date.rule,
                    date.sourceId);
        }

        /** The clock time of a MINUTE or HOUR date; null for a part of the day and for a day or longer. */
        public LocalTime clockTime() {
            return time == null ? null : LocalTime.parse(time);
        }
    }

    @Schema(name = "Place")
    public record PlaceView(
            String id,
            String name,
            @Schema(description = "Other spellings: French, English, transliterations")
            List<String> aliases,
            @Schema(enumeration = {"city", "region", "country", "site", "building"})
            String kind,
            @Schema(nullable = true, description = "ISO 3166-1 alpha-2 country code", examples = "UA")
            String countryCode,
            @Schema(nullable = true, description = "WGS 84 latitude")
            Double latitude,
            @Schema(nullable = true, description = "WGS 84 longitude")
            Double longitude) {

        static PlaceView of(Place place) {
            return place == null ? null : new PlaceView(place.id, place.name, sorted(place.aliases),
                    place.kind.name().toLowerCase(Locale.ROOT), place.countryCode, place.latitude, place.longitude);
        }
    }

    @Schema(name = "Actor")
    public record ActorView(
            String id,
            String name,
            List<String> aliases,
            @Schema(enumeration = {"person", "organisation", "state", "armed_group"})
            String kind) {

        static ActorView of(Actor actor) {
            return new ActorView(actor.id, actor.name, sorted(actor.aliases),
                    actor.kind.name().toLowerCase(Locale.ROOT));
        }
    }

    @Schema(name = "Citation", description = "A verbatim quote of a source: text[start:end] == quote, offsets in "
            + "Unicode code points, end exclusive; prefix and suffix form a W3C text-quote selector.")
    public record CitationView(
            String sourceId,
            String quote,
            @Schema(description = "Code-point offset of the quote's first character in the source text")
            int start,
            @Schema(description = "Code-point offset just past the quote's last character (exclusive)")
            int end,
            @Schema(description = "Up to 32 characters of the source just before the quote")
            String prefix,
            @Schema(description = "Up to 32 characters of the source just after the quote")
            String suffix,
            @Schema(nullable = true, description = "The source's URL with a #:~:text= fragment pointing at the quote")
            String url) {

        static CitationView of(Citation citation, String sourceUrl) {
            return new CitationView(citation.sourceId, citation.quote, citation.start, citation.end, citation.prefix,
                    citation.suffix, TextFragments.link(sourceUrl, citation.quote));
        }
    }

    /** The view of {@code event}; {@code sourceUrls} maps the ids of the sources it cites to their URL. */
    static EventView of(Event event, Map<String, String> sourceUrls) {
        return of(event, event.citations, PlaceView.of(event.place), event.actors.stream().map(ActorView::of).toList(),
                event.tags, sourceUrls);
    }

    /** The view of {@code event} with its associations as read for a page of the timeline. */
    static EventView of(Event event, List<Citation> citations, PlaceView place, List<ActorView> actors,
            Collection<String> tags, Map<String, String> sourceUrls) {
        List<CitationView> citationViews = citations.stream()
                .map(c -> CitationView.of(c, sourceUrls.get(c.sourceId))).toList();
        int sourceCount = (int) citations.stream().map(c -> c.sourceId).distinct().count();
        return new EventView(event.id, event.title, event.summary, event.status.name().toLowerCase(Locale.ROOT),
                DateView.of(event.date), place,
                actors.stream().sorted(Comparator.comparing(ActorView::name).thenComparing(ActorView::id)).toList(),
                sorted(tags), citationViews, sourceCount, event.createdAt, event.updatedAt);
    }

    /** Sets come back from the database in no particular order; a stable one keeps responses (and ETags) stable. */
    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
