package io.factline.timeline;

import io.factline.web.Cursor;
import io.factline.web.ProblemException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The timeline's keyset cursors: (earliest, latest, id) of the last event of a page, or, in the change feed,
 * (updatedAt, id) of its last item. A cursor of one order is refused by the other.
 */
final class EventCursor {

    private EventCursor() {
    }

    static String encode(EventQuery.Key key) {
        return Cursor.encode(List.of(key.earliest().toString(), key.latest().toString(), key.id()));
    }

    static EventQuery.Key decode(String name, String value) {
        List<String> parts = Cursor.decode(name, value, 3);
        try {
            return new EventQuery.Key(LocalDate.parse(parts.get(0)), LocalDate.parse(parts.get(1)), parts.get(2));
        } catch (DateTimeException e) {
            throw ProblemException.invalidParameter(name, "not a cursor returned by this API");
        }
    }

    static String encode(EventQuery.ChangeKey key) {
        return Cursor.encode(List.of(key.at().toString(), key.id()));
    }

    static EventQuery.ChangeKey decodeChange(String name, String value) {
        List<String> parts;
        try {
            parts = Cursor.decode(name, value, 2);
        } catch (ProblemException e) {
            throw ProblemException.invalidParameter(name, "not a cursor of this change feed (updatedSince)");
        }
        try {
            return new EventQuery.ChangeKey(OffsetDateTime.parse(parts.get(0)), parts.get(1));
        } catch (DateTimeException e) {
            throw ProblemException.invalidParameter(name, "not a cursor returned by this API");
        }
    }
}
