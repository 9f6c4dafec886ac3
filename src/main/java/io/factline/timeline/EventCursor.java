package io.factline.timeline;

import io.factline.web.Cursor;
import io.factline.web.ProblemException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The timeline's keyset cursors: (earliest, latest, time of day, id) of the last event of a page, the time empty
 * for a whole day, or, in the change feed, (updatedAt, id) of its last item. A cursor of one order is refused by the
 * other. A timeline cursor of (earliest, latest, id), issued before events had a time of day, still reads: it stood
 * after a whole day, since no event had a time then.
 */
final class EventCursor {

    private EventCursor() {
    }

    static String encode(EventQuery.Key key) {
        return Cursor.encode(List.of(key.earliest().toString(), key.latest().toString(),
                key.time() == null ? "" : key.time().toString(), key.id()));
    }

    static EventQuery.Key decode(String name, String value) {
        List<String> parts = Cursor.decode(name, value, 3, 4);
        try {
            LocalDate earliest = LocalDate.parse(parts.get(0));
            LocalDate latest = LocalDate.parse(parts.get(1));
            if (parts.size() == 3) {
                return new EventQuery.Key(earliest, latest, null, parts.get(2));
            }
            LocalTime time = parts.get(2).isEmpty() ? null : LocalTime.parse(parts.get(2));
            return new EventQuery.Key(earliest, latest, time, parts.get(3));
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
