package io.factline.temporal.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML document as {@link TimeMlReader} reads it: the text of its {@code <TEXT>} element with every tag removed,
 * its creation time, and the annotations inside that text. Offsets are Unicode code points into {@link #text()}.
 *
 * @param id          the file name without {@code .tml} (what an engineer opens), or the id given to the reader
 * @param dctTid      the tid of the creation-time TIMEX3 (TLINKs point at it with {@code relatedToTime})
 * @param dctValue    its value as written: {@code 1998-08-07}, or with a time, {@code 1999-05-18T21:45}
 * @param publishedOn the date part of {@code dctValue}: what the resolver resolves against
 * @param text        the content of {@code <TEXT>}, tags removed, entities decoded
 * @param timexes     the gold: every consuming TIMEX3 inside {@code <TEXT>}, in text order
 * @param events      the EVENT elements inside {@code <TEXT>}, in text order
 * @param tlinks      every TLINK of the document, in document order
 */
public record TimeMlDocument(
        String id,
        String dctTid,
        String dctValue,
        LocalDate publishedOn,
        String text,
        List<Timex3> timexes,
        List<Event> events,
        List<TLink> tlinks) {

    public TimeMlDocument {
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
        tlinks = List.copyOf(tlinks);
    }

    /** The substring between two code-point offsets (end exclusive), clamped to the text. */
    public String slice(int start, int end) {
        int length = text.codePointCount(0, text.length());
        int from = Math.max(0, Math.min(start, length));
        int to = Math.max(from, Math.min(end, length));
        int i = text.offsetByCodePoints(0, from);
        return text.substring(i, text.offsetByCodePoints(i, to - from));
    }

    /**
     * A gold TIMEX3.
     *
     * @param type  DATE, TIME, DURATION or SET, as written
     * @param value the TIMEX3 value as written
     * @param mod   START, END, APPROX...; null when absent
     */
    public record Timex3(String tid, String text, int start, int end, String type, String value, String mod) {

        public boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    /**
     * An EVENT inside the text.
     *
     * @param eiid       its instance id: the {@code eiid} attribute of the EVENT (French TimeBank), else that of
     *                   the first MAKEINSTANCE naming it (TimeBank, AQUAINT); null when neither exists
     * @param eventClass OCCURRENCE, REPORTING, STATE...
     */
    public record Event(String eid, String eiid, String text, int start, int end, String eventClass) {
    }

    /**
     * A TLINK: from an event instance ({@code eventInstanceId}) or a time ({@code timeId}) to a time
     * ({@code relatedToTime}) or an event instance ({@code relatedToEventInstance}); absent attributes are null.
     */
    public record TLink(
            String lid,
            String eventInstanceId,
            String timeId,
            String relatedToTime,
            String relatedToEventInstance,
            String relType) {
    }
}
