package io.factline.timeline;

import io.factline.temporal.Mod;
import io.factline.temporal.Precision;
import io.factline.temporal.Timex;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** When an event happened, as precisely as its source says, and how that was worked out. */
@Embeddable
public class EventDate {

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
        date.mod = timex.mod();
        // The column holds 200 characters; an expression is a few words, so only a pathological text is cut.
        date.expression = timex.text().length() <= 200 ? timex.text() : timex.text().substring(0, 200);
        date.anchor = timex.anchor();
        date.rule = timex.rule();
        date.sourceId = sourceId;
        return date;
    }
}
