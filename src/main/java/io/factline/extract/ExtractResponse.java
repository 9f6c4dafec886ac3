package io.factline.extract;

import io.factline.temporal.Mod;
import io.factline.temporal.Precision;
import io.factline.temporal.Timex;
import io.factline.temporal.TimexType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of POST /extract: what the service reads in a text. */
@Schema(name = "Extraction")
public record ExtractResponse(
        @Schema(description = "Language the text was read as: the one asked for, or the one detected", examples = "fr")
        String language,
        @Schema(description = "The date relative expressions were resolved against")
        LocalDate publishedOn,
        @Schema(description = "Every temporal expression, in text order; durations and sets carry no interval")
        List<TimexView> timexes,
        @Schema(description = "Each sentence with a date it carries: the raw material of events. A sentence with "
                + "two dates appears twice, once per date.")
        List<StatementView> statements) {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    static ExtractResponse of(Extraction extraction) {
        return new ExtractResponse(extraction.language(), extraction.publishedOn(),
                extraction.timexes().stream().map(TimexView::of).toList(),
                extraction.statements().stream().map(s -> new StatementView(s.text(), s.start(), s.end(),
                        TimexView.of(s.timex()))).toList());
    }

    @Schema(name = "Timex", description = "A temporal expression of the text and what it resolves to")
    public record TimexView(
            @Schema(description = "The expression exactly as written", examples = "vendredi dernier")
            String text,
            @Schema(description = "Code-point offset of its first character")
            int start,
            @Schema(description = "Code-point offset just past its last character (exclusive)")
            int end,
            TimexType type,
            @Schema(description = "TIMEX3 value: 2024-05-10, 2024-W19, 2024-04, 2023-SU, 2024-Q1, 2024-H1, 2023, "
                    + "199 (the 1990s), 2024-05-16T21:45 and 2024-05-16TEV (a TIME: a clock time, a part of the day), "
                    + "P3D (a duration), PRESENT_REF (a vague reference)", examples = "2024-05-10")
            String value,
            @Schema(nullable = true, description = "Unit of a DATE or a TIME (MINUTE, HOUR, PART_OF_DAY); null for "
                    + "durations, sets and vague references")
            Precision precision,
            @Schema(nullable = true, description = "First day of the interval (inclusive), the day of a TIME; null "
                    + "when the expression denotes no interval")
            LocalDate earliest,
            @Schema(nullable = true, description = "Last day of the interval (inclusive); null when the expression "
                    + "denotes no interval")
            LocalDate latest,
            @Schema(nullable = true, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                    description = "Clock time (HH:mm, such as 21:45; local, no time zone) of a TIME at MINUTE or "
                    + "HOUR precision; null otherwise")
            String time,
            @Schema(nullable = true, description = "START, MID or END for début, mi-, fin, early, mid, late")
            Mod mod,
            @Schema(nullable = true, description = "The date it was resolved against: the publication date, or an "
                    + "earlier date of the text for anaphora")
            LocalDate anchor,
            @Schema(description = "Name of the rule that read it", examples = "weekday.last")
            String rule) {

        static TimexView of(Timex timex) {
            return new TimexView(timex.text(), timex.start(), timex.end(), timex.type(), timex.value(),
                    timex.precision(), timex.earliest(), timex.latest(), clockTime(timex), timex.mod(), timex.anchor(),
                    timex.rule());
        }

        private static String clockTime(Timex timex) {
            boolean clock = timex.precision() == Precision.MINUTE || timex.precision() == Precision.HOUR;
            LocalTime time = clock ? timex.timeOfDay() : null;
            return time == null ? null : HOURS_MINUTES.format(time);
        }
    }

    @Schema(name = "Statement", description = "A sentence and one DATE or TIME it carries; offsets in code points")
    public record StatementView(String text, int start, int end, TimexView timex) {
    }
}
