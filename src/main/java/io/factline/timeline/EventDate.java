package io.factline.timeline;

import io.factline.temporal.Mod;
import io.factline.temporal.Precision;
import io.factline.temporal.TimeOfDay;
import io.factline.temporal.Timex;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** When an event happened, as precisely as its source says, and how that was worked out. */
@Embeddable
public class EventDate {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    @NotBlank
    @Column(name = "date_value")
    public String value;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public Precision precision;

    @NotNull
    public LocalDate earliest;

    @NotNull
    public LocalDate latest;

    /**
     * The time of day within the day a MINUTE, HOUR or PART_OF_DAY date names, which orders the events of that day:
     * the clock time of the value, or the conventional start of its part of the day ({@link TimeOfDay#of}); null for
     * a whole day or longer. Derived from the value whenever the event is written ({@link #timeOf}).
     */
    @Column(name = "date_time")
    public LocalTime time;

    /** Length class of [earliest, latest] ({@link EventSpan}); set from them whenever the event is written. */
    @Column(name = "span_class")
    public short spanClass = EventSpan.UNBOUNDED;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_mod")
    public Mod mod;

    @NotBlank
    @Column(name = "date_expression")
    public String expression;

    @Column(name = "date_anchor")
    public LocalDate anchor;

    @NotBlank
    @Column(name = "date_rule")
    public String rule;

    @Column(name = "date_source_id")
    public String sourceId;

    /** The date a resolved expression gives, with its provenance; {@code sourceId} is the text it was read in. */
    public static EventDate of(Timex timex, String sourceId) {
        EventDate date = new EventDate();
        date.value = timex.value();
        date.precision = timex.precision();
        date.earliest = timex.earliest();
        date.latest = timex.latest();
        date.time = timeOf(timex.value(), timex.precision());
        date.mod = timex.mod();
        // The column holds 200 characters; an expression is a few words, so only a pathological text is cut.
        date.expression = timex.text().length() <= 200 ? timex.text() : timex.text().substring(0, 200);
        date.anchor = timex.anchor();
        date.rule = timex.rule();
        date.sourceId = sourceId;
        return date;
    }

    /** The time of day a date of this value and precision sorts at within its day; null for a day or longer. */
    public static LocalTime timeOf(String value, Precision precision) {
        return precision != null && precision.compareTo(Precision.DAY) < 0 ? TimeOfDay.of(value) : null;
    }

    /** "21:45": the clock time of a MINUTE or HOUR date as the API writes it; null for every other precision. */
    static String clockTime(Precision precision, LocalTime time) {
        return time != null && (precision == Precision.MINUTE || precision == Precision.HOUR)
                ? HOURS_MINUTES.format(time) : null;
    }
}
