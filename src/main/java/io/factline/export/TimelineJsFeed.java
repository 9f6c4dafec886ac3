package io.factline.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.factline.timeline.EventPage;
import io.factline.timeline.EventView;
import io.factline.timeline.EventView.CitationView;
import io.factline.temporal.Precision;
import io.factline.temporal.TimeOfDay;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The timeline as a TimelineJS 3 JSON feed (https://timeline.knightlab.com/docs/json-format.html): one slide per
 * event, the date fields present down to the event's precision (hour and minute for a clock time), the quotes with
 * their links in the slide's text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TimelineJsFeed", description = "A TimelineJS 3 feed: a title slide and one slide per event.")
public record TimelineJsFeed(
        @Schema(description = "The title slide")
        Slide title,
        @Schema(description = "One slide per event, in timeline order")
        List<Slide> events) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsSlide")
    public record Slide(
            @JsonProperty("unique_id")
            @Schema(nullable = true, description = "The event id")
            String uniqueId,
            @JsonProperty("start_date")
            @Schema(nullable = true)
            SlideDate startDate,
            @JsonProperty("end_date")
            @Schema(nullable = true, description = "Present when the date is a span: a week, a season, a decade…")
            SlideDate endDate,
            @JsonProperty("display_date")
            @Schema(nullable = true, description = "The date as a reader says it, at its precision")
            String displayDate,
            SlideText text,
            @Schema(nullable = true, description = "The event's first tag, or its place: one row of the timeline")
            String group) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineJsDate", description = "Fields below the event's precision are absent. A part of the "
            + "day (PART_OF_DAY) has the hour it sorts at, so that TimelineJS orders the day's slides as the API does "
            + "(morning 6, daytime 8, midday 12, afternoon 14, evening 18, night 22); its display_date names the part")
    public record SlideDate(
            int year,
            @Schema(nullable = true) Integer month,
            @Schema(nullable = true) Integer day,
            @Schema(nullable = true, description = "0 to 23, local time of the event") Integer hour,
            @Schema(nullable = true, description = "Present at MINUTE precision") Integer minute,
            @JsonProperty("display_date")
            @Schema(nullable = true) String displayDate) {

        static SlideDate of(LocalDate day, Integer hour, Integer minute, String displayDate) {
            return new SlideDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), hour, minute, displayDate);
        }

        static SlideDate ofMonth(LocalDate day, String displayDate) {
            return new SlideDate(day.getYear(), day.getMonthValue(), null, null, null, displayDate);
        }

        static SlideDate ofYear(LocalDate day, String displayDate) {
            return new SlideDate(day.getYear(), null, null, null, null, displayDate);
        }
    }

    @Schema(name = "TimelineJsText")
    public record SlideText(
            String headline,
            @Schema(description = "HTML: the summary, the place and each quote with a link to its source text")
            String text) {
    }

    public static TimelineJsFeed of(EventPage page, ExportContext context) {
        Labels labels = Labels.of(context.language());
        Slide title = new Slide(null, null, null, null,
                new SlideText(labels.timeline(), "<p>" + Html.escape(labels.subtitle()) + "</p>"), null);
        return new TimelineJsFeed(title, page.items().stream().map(event -> slide(event, context, labels)).toList());
    }

    private static Slide slide(EventView event, ExportContext context, Labels labels) {
        EventView.DateView date = event.date();
        String display = context.displayDate(date);
        LocalDate earliest = date.earliest();
        LocalDate latest = date.latest();
        SlideDate start;
        SlideDate end = null;
        switch (date.precision()) {
            case MINUTE, HOUR -> {
                LocalTime time = date.clockTime();
                start = SlideDate.of(earliest, time == null ? null : time.getHour(),
                        time == null || date.precision() != Precision.MINUTE ? null : time.getMinute(), display);
            }
            case PART_OF_DAY -> {
                LocalTime sortsAt = TimeOfDay.of(date.value());
                start = SlideDate.of(earliest, sortsAt == null ? null : sortsAt.getHour(), null, display);
            }
            case DAY -> start = SlideDate.of(earliest, null, null, display);
            case WEEK -> {
                start = SlideDate.of(earliest, null, null, display);
                end = SlideDate.of(latest, null, null, null);
            }
            case MONTH -> start = SlideDate.ofMonth(earliest, display);
            case SEASON, QUARTER, HALF -> {
                start = SlideDate.ofMonth(earliest, display);
                end = SlideDate.ofMonth(latest, null);
            }
            case YEAR -> start = SlideDate.ofYear(earliest, display);
            default -> {
                start = SlideDate.ofYear(earliest, display);
                end = SlideDate.ofYear(latest, null);
            }
        }
        return new Slide(event.id(), start, end, display, new SlideText(event.title(), text(event, context, labels)),
                group(event));
    }

    private static String text(EventView event, ExportContext context, Labels labels) {
        StringBuilder html = new StringBuilder();
        if (event.summary() != null && !event.summary().isBlank()) {
            html.append("<p>").append(Html.escape(event.summary())).append("</p>");
        }
        if (event.place() != null) {
            html.append("<p><strong>").append(Html.escape(labels.place())).append("</strong> ")
                    .append(Html.escape(event.place().name())).append("</p>");
        }
        for (CitationView citation : event.citations()) {
            String link = context.sourceTextLink(citation);
            html.append("<blockquote cite=\"").append(Html.escape(link)).append("\"><p>")
                    .append(Html.escape(citation.quote())).append("</p></blockquote><p><a href=\"")
                    .append(Html.escape(link)).append("\" target=\"_blank\" rel=\"noopener\">")
                    .append(Html.escape(labels.sourceText())).append("</a>");
            if (citation.url() != null) {
                html.append(" · <a href=\"").append(Html.escape(citation.url()))
                        .append("\" target=\"_blank\" rel=\"noopener\">")
                        .append(Html.escape(labels.originalArticle())).append("</a>");
            }
            html.append("</p>");
        }
        return html.toString();
    }

    private static String group(EventView event) {
        if (!event.tags().isEmpty()) {
            return event.tags().get(0);
        }
        return event.place() == null ? null : event.place().name();
    }
}
