package io.factline.ingest;

import io.factline.cache.DataVersion;
import io.factline.extract.Extraction;
import io.factline.extract.Extraction.Statement;
import io.factline.extract.Extractor;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.source.Source;
import io.factline.source.SourceText;
import io.factline.source.SourceView;
import io.factline.temporal.Language;
import io.factline.temporal.Timex;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import io.factline.timeline.EventService;
import io.factline.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Adds sources to the timeline: every dated fact a sentence reports ({@link FactDates}) becomes an event, unless it
 * reports an event already there, which then gains a citation. One transaction per source: all of it is stored, or nothing.
 */
@ApplicationScoped
public class Ingestion {

    private static final Logger LOG = Logger.getLogger(Ingestion.class);

    /** Concurrent writers can collide on the text's digest or on an event id: the loser retries and sees the winner. */
    static final int ATTEMPTS = 5;

    /** Longest summary the schema holds; a longer sentence is cut on a word boundary (its citation keeps it all). */
    static final int MAX_SUMMARY = 4000;

    /** A text of 1 MiB holds thousands of dated sentences: more than the default 60 s may be needed on a slow disk. */
    static final int TIMEOUT_SECONDS = 300;

    /** Largest IN list sent to the database at once. */
    static final int CHUNK = 500;

    /** Shortest source id: 64 bits of the text's SHA-256, lengthened in the unlikely case it is taken. */
    static final int SOURCE_ID_HEX = 16;

    private final Extractor extractor;
    private final EventService eventService;
    private final DataVersion dataVersion;

    Ingestion(Extractor extractor, DataVersion dataVersion, EventService eventService) {
        this.extractor = extractor;
        this.eventService = eventService;
        this.dataVersion = dataVersion;
    }

    /**
     * Stores {@code input} and the events it reports, or, when a source with the same text exists, stores nothing
     * and describes that one.
     */
    public IngestedSource post(NewSource input) {
        String sha256 = SourceText.sha256(input.text());
        Optional<IngestedSource> existing = QuarkusTransaction.requiringNew().call(() -> existing(sha256, input));
        if (existing.isPresent()) {
            return existing.get();
        }
        // Reading the text takes the longest: do it once, outside the transaction and its locks. The world
        // gazetteer is read on the first ingestion, never at start-up.
        Extraction extraction = extractor.extract(input.text(), input.publishedOn(), input.language());
        WorldNames world = WorldNames.shipped();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS)
                        .call(() -> store(input, sha256, extraction, world));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                LOG.debugf("Source %s collided with a concurrent write (attempt %d): retrying", sha256, attempt);
            }
        }
    }

    /** Removes a source, its citations, and the events left without one (they leave tombstones). */
    @Transactional
    public void delete(String sourceId) {
        Source source = Source.<Source>findByIdOptional(sourceId)
                .orElseThrow(() -> ProblemException.notFound("source", sourceId));
        OffsetDateTime now = Event.now();
        Set<Event> touched = new LinkedHashSet<>(citing(sourceId));
        touched.addAll(Event.<Event>list("date.sourceId", sourceId));
        for (Event event : touched) {
            event.removeCitationsOf(sourceId);
            if (event.citations.isEmpty()) {
                event.deleteWithTombstone(now);
                continue;
            }
            if (sourceId.equals(event.date.sourceId)) {
                event.date.sourceId = null;
            }
            event.updatedAt = now;
        }
        Event.flush();
        source.delete();
        dataVersion.recordWrite();
    }

    private Optional<IngestedSource> existing(String sha256, NewSource input) {
        return Source.findBySha256(sha256).map(source -> {
            refuseOtherReading(source, input);
            return result(source, false, List.of(), List.of());
        });
    }

    /**
     * The same text posted with another publication date or language would be read differently ("hier" is another
     * day): answering "already stored" would silently keep the first reading, so the editor is told.
     */
    private static void refuseOtherReading(Source source, NewSource input) {
        boolean otherDate = !source.publishedOn.equals(input.publishedOn());
        boolean otherLanguage = input.language() != null && !input.language().code().equals(source.language);
        if (otherDate || otherLanguage) {
            throw ProblemException.conflict("This text is already stored as source '" + source.id + "', published on "
                    + source.publishedOn + " in '" + source.language + "'; its dates were read against that. Delete "
                    + "the source first to post the text with another publication date or language.");
        }
    }

    private IngestedSource store(NewSource input, String sha256, Extraction extraction, WorldNames world) {
        Optional<IngestedSource> existing = existing(sha256, input);
        if (existing.isPresent()) {
            return existing.get();
        }
        OffsetDateTime now = Event.now();
        Source source = new Source();
        source.id = freeSourceId(sha256);
        source.title = input.title();
        source.publisher = input.publisher();
        source.url = input.url();
        source.language = extraction.language();
        source.publishedOn = input.publishedOn();
        source.text = input.text();
        source.length = new SourceText(input.text()).length();
        source.sha256 = sha256;
        source.createdAt = now;
        source.persist();
        // The unique digest decides races now, before any event is written.
        Source.flush();

        // Everything this transaction writes is kept at hand, so queries need not flush it first: with thousands
        // of new events, flushing before each query would dirty-check them all, again and again.
        Event.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        SourceText text = new SourceText(input.text());
        Language language = EventGrouping.language(extraction);
        EntityLinker linker = EntityLinker.withWorld(Place.listAll(), Actor.listAll(), world)
                .forArticle(input.text(), textSpans(input.text(), extraction.timexes()));
        Function<String, Place> places = id -> place(id, linker);
        Map<List<LocalDate>, List<Event>> byInterval = eventsByInterval(extraction.statements());
        Set<String> reserved = new HashSet<>();
        Set<String> created = new LinkedHashSet<>();
        Set<String> cited = new LinkedHashSet<>();
        EventGrouping.group(extraction, source.id, linker, byInterval, new EventGrouping.Sink() {
            @Override
            public Event create(Statement statement, EntityLinker.Links links) {
                Event event = newEvent(source.id, text, language, statement, links, places, reserved, now);
                created.add(event.id);
                return event;
            }

            @Override
            public void cite(Event event, Statement statement, EntityLinker.Links links) {
                event.addCitation(Citation.of(source.id, text, statement.start(), statement.end()));
                if (event.status == Event.Status.EXTRACTED) {
                    EventGrouping.enrich(event, links, places, Ingestion::actor);
                }
                event.updatedAt = now;
                if (!created.contains(event.id)) {
                    cited.add(event.id);
                }
            }
        });
        dataVersion.recordWrite();
        return result(source, true, List.copyOf(created), List.copyOf(cited));
    }

    private static Event newEvent(String sourceId, SourceText text, Language language, Statement statement,
            EntityLinker.Links links, Function<String, Place> places, Set<String> reserved, OffsetDateTime now) {
        Event event = EventGrouping.draft(sourceId, text, language, statement, links, places, Ingestion::actor);
        event.id = freeId(Headline.slug(statement.timex().value(), event.title), reserved);
        event.create(now);
        return event;
    }

    /**
     * The stored place {@code id}; a world place is stored the first time an event takes it, so the database holds
     * the places events have, never the whole world.
     */
    private static Place place(String id, EntityLinker linker) {
        // Not Place::findById: a method reference binds to PanacheEntityBase's unenhanced static, which throws.
        Place place = Place.findById(id);
        if (place == null) {
            place = linker.newWorldPlace(id);
            if (place != null) {
                place.persist();
            }
        }
        return place;
    }

    private static Actor actor(String id) {
        return Actor.findById(id);
    }

    /** The stored events of every interval the statements name, in a few queries. */
    private static Map<List<LocalDate>, List<Event>> eventsByInterval(List<Statement> statements) {
        Set<List<LocalDate>> intervals = new HashSet<>();
        for (Statement statement : statements) {
            intervals.add(List.of(statement.timex().earliest(), statement.timex().latest()));
        }
        List<LocalDate> days = intervals.stream().map(interval -> interval.get(0)).distinct().toList();
        Map<List<LocalDate>, List<Event>> byInterval = new HashMap<>();
        for (int i = 0; i < days.size(); i += CHUNK) {
            List<Event> events = Event.list("date.earliest in ?1", days.subList(i, Math.min(days.size(), i + CHUNK)));
            for (Event event : events) {
                List<LocalDate> interval = List.of(event.date.earliest, event.date.latest);
                if (intervals.contains(interval)) {
                    byInterval.computeIfAbsent(interval, key -> new ArrayList<>()).add(event);
                }
            }
        }
        return byInterval;
    }

    /** {@link Event#freeId}, also steering clear of the ids this transaction already gave. */
    private static String freeId(String base, Set<String> reserved) {
        String id = base;
        for (int n = 2; reserved.contains(id) || !Event.freeId(id).equals(id); n++) {
            id = base + "-" + n;
        }
        reserved.add(id);
        return id;
    }

    private IngestedSource result(Source source, boolean created, List<String> createdEvents, List<String> cited) {
        List<Event> events = citing(source.id);
        return new IngestedSource(SourceView.of(source), created, createdEvents, cited, eventService.views(events));
    }

    private static List<Event> citing(String sourceId) {
        return Event.list("select distinct e from Event e join e.citations c where c.sourceId = ?1 "
                + "order by e.date.earliest, e.date.latest, e.date.time nulls first, e.id", sourceId);
    }

    /** The first 16 hex digits of the digest, or more if another text already has that id. */
    private static String freeSourceId(String sha256) {
        for (int length = SOURCE_ID_HEX; length < sha256.length(); length += 4) {
            String id = sha256.substring(0, length);
            if (Source.findById(id) == null) {
                return id;
            }
        }
        return sha256;
    }

    static String summary(String sentence) {
        if (sentence.length() <= MAX_SUMMARY) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', MAX_SUMMARY - 1);
        String cut = sentence.substring(0, space > 0 ? space : MAX_SUMMARY - 1);
        return cut + "…";
    }

    /** The temporal expressions of the whole text, as UTF-16 [start, end) indices of it. */
    static List<int[]> textSpans(String text, List<Timex> timexes) {
        int codePoints = text.codePointCount(0, text.length());
        int[] utf16 = null;
        if (codePoints != text.length()) {
            utf16 = new int[codePoints + 1];
            for (int cp = 0, i = 0; cp <= codePoints; cp++) {
                utf16[cp] = i;
                i = i < text.length() ? text.offsetByCodePoints(i, 1) : i;
            }
        }
        List<int[]> spans = new ArrayList<>(timexes.size());
        for (Timex timex : timexes) {
            if (timex.start() >= 0 && timex.end() <= codePoints) {
                spans.add(utf16 == null ? new int[] {timex.start(), timex.end()}
                        : new int[] {utf16[timex.start()], utf16[timex.end()]});
            }
        }
        return spans;
    }

    /** The temporal expressions inside the statement's sentence, as UTF-16 [start, end) indices of that sentence. */
    static List<int[]> excludedSpans(Statement statement, List<Timex> timexes) {
        List<int[]> spans = new ArrayList<>();
        String text = statement.text();
        int length = text.codePointCount(0, text.length());
        for (Timex timex : timexes) {
            if (timex.end() <= statement.start() || timex.start() >= statement.end()) {
                continue;
            }
            int from = Math.max(0, timex.start() - statement.start());
            int to = Math.min(length, timex.end() - statement.start());
            spans.add(new int[] {text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)});
        }
        return spans;
    }

    /** True when {@code e} comes from a unique key or a lock that a concurrent transaction took first. */
    static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // Unique violation, serialization failure or deadlock, lock timeout (H2, PostgreSQL).
                if (state.equals("23505") || state.startsWith("40") || state.equals("HYT00")
                        || state.equals("55P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
