package io.factline.ingest.eval;

import io.factline.extract.Extraction;
import io.factline.extract.Extractor;
import io.factline.extract.SentenceSplitter;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.ingest.EventGrouping;
import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import io.factline.temporal.eval.TimeMlDocument;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how ingestion turns dated statements into events, against a TimeML corpus's own event–time links.
 *
 * <p>A gold fact is an EVENT that a TLINK ({@code IS_INCLUDED}, {@code DURING}, {@code SIMULTANEOUS}) anchors in a
 * DATE or TIME expression of the text, the creation time left out, with the interval of days that expression's
 * value names (a day, an ISO week, a month, a year; values with no interval, such as {@code PRESENT_REF}, are
 * left out). Ingestion runs in process on an empty timeline ({@link EventGrouping#onEmptyTimeline}).
 * <ul>
 * <li>recall: gold facts whose event word lies inside the citation of an event carrying the gold interval;</li>
 * <li>precision: events one of whose citations holds a gold fact whose interval the event carries, over all
 * events;</li>
 * <li>dating precision: the same, over the events whose citations hold a gold fact at all. The corpus links only
 * some of its events to a date, so an event it does not link cannot be judged; this figure says how often an
 * event that can be judged carries the right date.</li>
 * </ul>
 */
public record DatedFactScore(
        int documents,
        int sentences,
        int datedSentences,
        int gold,
        int skippedGold,
        int events,
        int found,
        int correctEvents,
        int judgedEvents,
        List<Error> errors) {

    static final Set<String> ANCHORING = Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS");

    public DatedFactScore {
        errors = List.copyOf(errors);
    }

    /** A gold fact: an event word and the interval of days a TLINK anchors it in. */
    public record Fact(String document, TimeMlDocument.Event event, TimeMlDocument.Timex3 timex, LocalDate earliest,
            LocalDate latest) {
    }

    /**
     * What went wrong: a gold fact no event cites (MISSED), one cited only by events with another date (MISDATED),
     * an event whose citations hold no gold fact (UNSUPPORTED; counted against precision, listed for reading).
     */
    public record Error(Kind kind, String document, Fact fact, List<String> systemDates, String sentence) {

        public enum Kind { MISSED, MISDATED, UNSUPPORTED }

        public String describe() {
            String gold = fact == null ? "-"
                    : "«" + fact.event().text() + "» " + fact.timex().value() + " («" + fact.timex().text() + "»)";
            return String.format(Locale.ROOT, "%-11s %s  gold %s  system %s  | %s", kind, document, gold,
                    systemDates.isEmpty() ? "-" : String.join(", ", systemDates), sentence.strip());
        }
    }

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double precision() {
        return events == 0 ? 0 : (double) correctEvents / events;
    }

    public double datingPrecision() {
        return judgedEvents == 0 ? 0 : (double) correctEvents / judgedEvents;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Events per sentence that made at least one. */
    public double eventsPerSentence() {
        return datedSentences == 0 ? 0 : (double) events / datedSentences;
    }

    public String summary() {
        return String.format(Locale.ROOT, "recall %.3f (%d/%d), precision %.3f (%d/%d), dating precision %.3f "
                        + "(%d/%d), F1 %.3f, events per sentence %.2f", recall(), found, gold, precision(),
                correctEvents, events, datingPrecision(), correctEvents, judgedEvents, f1(), eventsPerSentence());
    }

    public List<Error> errors(Error.Kind kind) {
        return errors.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Ingests every document in process and scores the events against its gold facts. */
    public static DatedFactScore score(List<TimeMlDocument> documents, Language language, Collection<Place> places,
            Collection<Actor> actors) {
        TemporalResolver resolver = new TemporalResolver();
        int sentences = 0;
        int datedSentences = 0;
        int gold = 0;
        int skipped = 0;
        int events = 0;
        int found = 0;
        int correct = 0;
        int judged = 0;
        List<Error> errors = new ArrayList<>();
        for (TimeMlDocument document : documents) {
            List<SentenceSplitter.Sentence> split = SentenceSplitter.split(document.text());
            sentences += split.size();
            List<Fact> facts = new ArrayList<>();
            skipped += goldFacts(document, facts);
            gold += facts.size();
            Extraction extraction = Extractor.read(resolver, document.text(), document.publishedOn(), language);
            List<Event> made = EventGrouping.onEmptyTimeline(extraction, document.id(), document.text(), places,
                    actors);
            events += made.size();
            Set<Integer> cited = new LinkedHashSet<>();
            for (Event event : made) {
                event.citations.forEach(c -> cited.add(c.start));
            }
            datedSentences += cited.size();
            for (Fact fact : facts) {
                List<Event> citing = made.stream().filter(e -> holds(e, fact)).toList();
                if (citing.stream().anyMatch(e -> dates(e, fact))) {
                    found++;
                } else {
                    errors.add(new Error(citing.isEmpty() ? Error.Kind.MISSED : Error.Kind.MISDATED, document.id(),
                            fact, citing.stream().map(DatedFactScore::date).toList(),
                            sentenceOf(split, fact.event().start())));
                }
            }
            for (Event event : made) {
                judged += facts.stream().anyMatch(f -> holds(event, f)) ? 1 : 0;
                boolean supported = facts.stream().anyMatch(f -> holds(event, f) && dates(event, f));
                if (supported) {
                    correct++;
                } else {
                    Citation first = event.citations.get(0);
                    errors.add(new Error(Error.Kind.UNSUPPORTED, document.id(), null, List.of(date(event)),
                            first.quote));
                }
            }
        }
        return new DatedFactScore(documents.size(), sentences, datedSentences, gold, skipped, events, found, correct,
                judged, errors);
    }

    /** Adds the gold facts of {@code document} to {@code facts}; returns how many anchors were left out. */
    static int goldFacts(TimeMlDocument document, List<Fact> facts) {
        Map<String, TimeMlDocument.Event> byInstance = new HashMap<>();
        document.events().forEach(e -> byInstance.put(e.eiid(), e));
        Map<String, TimeMlDocument.Timex3> timexById = new HashMap<>();
        document.timexes().forEach(t -> timexById.put(t.tid(), t));
        Map<List<Object>, Fact> unique = new LinkedHashMap<>();
        int skipped = 0;
        for (TimeMlDocument.TLink link : document.tlinks()) {
            if (link.eventInstanceId() == null || link.relatedToTime() == null || !ANCHORING.contains(link.relType())
                    || link.relatedToTime().equals(document.dctTid())) {
                continue;
            }
            TimeMlDocument.Event event = byInstance.get(link.eventInstanceId());
            TimeMlDocument.Timex3 timex = timexById.get(link.relatedToTime());
            if (event == null || timex == null
                    || !("DATE".equals(timex.type()) || "TIME".equals(timex.type()))) {
                continue; // a non-consuming timex, a duration or a set
            }
            LocalDate[] interval = interval(timex.value());
            if (interval == null) {
                skipped++;
                continue;
            }
            unique.putIfAbsent(List.of(event.eiid(), interval[0], interval[1]),
                    new Fact(document.id(), event, timex, interval[0], interval[1]));
        }
        facts.addAll(unique.values());
        return skipped;
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The days a TimeML value names, [earliest, latest]; null when it names no interval of days. */
    static LocalDate[] interval(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            Matcher m = DAY.matcher(v);
            if (m.matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new LocalDate[] {day, day};
            }
            m = WEEK.matcher(v);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                return new LocalDate[] {monday, monday.plusDays(6)};
            }
            m = MONTH.matcher(v);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            if (YEAR.matcher(v).matches()) {
                int year = Integer.parseInt(v);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** True when a citation of {@code event} holds the event word of {@code fact}. */
    static boolean holds(Event event, Fact fact) {
        return event.citations.stream()
                .anyMatch(c -> c.start <= fact.event().start() && fact.event().end() <= c.end);
    }

    static boolean dates(Event event, Fact fact) {
        return fact.earliest().equals(event.date.earliest) && fact.latest().equals(event.date.latest);
    }

    private static String date(Event event) {
        return event.date.value + " «" + event.date.expression + "»";
    }

    private static String sentenceOf(List<SentenceSplitter.Sentence> sentences, int offset) {
        for (SentenceSplitter.Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s.text();
            }
        }
        return "";
    }
}
