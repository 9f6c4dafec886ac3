package io.factline.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.factline.timeline.EventPage;
import io.factline.timeline.EventView;
import io.factline.timeline.EventView.CitationView;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The timeline as a TimelineJS 3 JSON feed (https://timeline.knightlab.com/docs/json-format.html): one slide per
 * event, the date fields present down to the event's precision, the quotes with their links in the slide's text.
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
    @Schema(name = "TimelineJsDate", description = "Fields below the event's precision are absent")
    public record SlideDate(
            int year,
            @Schema(nullable = true) Integer month,
            @Schema(nullable = true) Integer day,
            @JsonProperty("display_date")
            @Schema(nullable = true) String displayDate) {
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
            case DAY -> start = new SlideDate(earliest.getYear(), earliest.getMonthValue(), earliest.getDayOfMonth(),
                    display);
            case WEEK -> {
                start = new SlideDate(earliest.getYear(), earliest.getMonthValue(), earliest.getDayOfMonth(), display);
                end = new SlideDate(latest.getYear(), latest.getMonthValue(), latest.getDayOfMonth(), null);
            }
            case MONTH -> start = new SlideDate(earliest.getYear(), earliest.getMonthValue(), null, display);
            case SEASON, QUARTER, HALF -> {
                start = new SlideDate(earliest.getYear(), earliest.getMonthValue(), null, display);
                end = new SlideDate(latest.getYear(), latest.getMonthValue(), null, null);
            }
            case YEAR -> start = new SlideDate(earliest.getYear(), null, null, display);
            default -> {
                start = new SlideDate(earliest.getYear(), null, null, display);
                end = new SlideDate(latest.getYear(), null, null, null);
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
