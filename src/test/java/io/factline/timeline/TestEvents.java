package io.factline.timeline;

import io.factline.temporal.Precision;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Events with only what the schema requires, for tests that write their own rows. */
final class TestEvents {

    private TestEvents() {
    }

    /** An extracted event named {@code id} dated {@code value} over [earliest, latest], not yet persisted. */
    static Event dated(String id, String value, Precision precision, LocalDate earliest, LocalDate latest,
            OffsetDateTime now) {
        Event event = new Event();
        event.id = id;
        event.title = id;
        event.status = Event.Status.EXTRACTED;
        event.date = new EventDate();
        event.date.value = value;
        event.date.precision = precision;
        event.date.earliest = earliest;
        event.date.latest = latest;
        event.date.expression = id;
        event.date.rule = "test";
        event.createdAt = now;
        event.updatedAt = now;
        return event;
    }
}
