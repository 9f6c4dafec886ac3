package io.factline.ingest;

import io.factline.extract.Extraction;
import io.factline.extract.Extraction.Statement;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.source.SourceText;
import io.factline.temporal.Language;
import io.factline.temporal.Timex;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import io.factline.timeline.EventDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The part of ingestion that needs no database: which statements of a text report one event. Of each sentence, only
 * the dates of the facts it reports count ({@link FactDates}). Each statement joins
 * the event of its date interval that it reports ({@link EventMatcher}), else it starts one; {@link Ingestion} stores
 * the result, {@link #onEmptyTimeline} keeps it in memory to measure ingestion on a corpus.
 */
public final class EventGrouping {

    /** What becomes of a statement: the stored side of ingestion, or an in-memory one. */
    interface Sink {

        /** The event {@code statement} starts; later statements of its interval may join it. */
        Event create(Statement statement, EntityLinker.Links links);

        /** Adds {@code statement} to {@code event}, which does not cite it yet. */
        void cite(Event event, Statement statement, EntityLinker.Links links);
    }

    private EventGrouping() {
    }

    /** Sorts the statements of {@code extraction} among {@code byInterval}, the events of each interval so far. */
    static void group(Extraction extraction, String sourceId, EntityLinker linker,
            Map<List<LocalDate>, List<Event>> byInterval, Sink sink) {
        Map<Citation, Set<String>> citationWords = new IdentityHashMap<>();
        for (Statement statement : FactDates.governing(extraction.statements())) {
            Timex timex = statement.timex();
            EntityLinker.Links links = linker.link(statement.text(),
                    Ingestion.excludedSpans(statement, extraction.timexes()));
            EventMatcher.Candidate candidate = new EventMatcher.Candidate(links.place(),
                    links.place() == null ? null : linker.kindOf(links.place()),
                    links.place() == null ? null : linker.countryOf(links.place()), new HashSet<>(links.places()),
                    new HashSet<>(links.actors()), new HashSet<>(Words.contentWords(statement.text())));
            List<Event> sameInterval = byInterval.computeIfAbsent(List.of(timex.earliest(), timex.latest()),
                    interval -> new ArrayList<>());
            Event event = EventMatcher.best(candidate, sameInterval,
                    citation -> citationWords.computeIfAbsent(citation, c -> new HashSet<>(Words.contentWords(c.quote))));
            if (event == null) {
                sameInterval.add(sink.create(statement, links));
            } else if (!event.cites(sourceId, statement.start(), statement.end())) {
                sink.cite(event, statement, links);
            }
        }
    }

    /** A machine-made event of {@code statement}, with its date, places, actors and citation, but no id yet. */
    static Event draft(String sourceId, SourceText text, Language language, Statement statement,
            EntityLinker.Links links, Function<String, Place> places, Function<String, Actor> actors) {
        Event event = new Event();
        String sentence = statement.text();
        int from = statement.timex().start() - statement.start();
        int to = statement.timex().end() - statement.start();
        int length = sentence.codePointCount(0, sentence.length());
        event.title = from >= 0 && to <= length
                ? Headline.title(language, sentence, sentence.offsetByCodePoints(0, from),
                        sentence.offsetByCodePoints(0, to))
                : Headline.title(language, sentence, -1, -1);
        event.summary = Ingestion.summary(statement.text());
        event.status = Event.Status.EXTRACTED;
        event.date = EventDate.of(statement.timex(), sourceId);
        enrich(event, links, places, actors);
        event.addCitation(Citation.of(sourceId, text, statement.start(), statement.end()));
        return event;
    }

    /** The language the text was read in: the titles are written in it. */
    static Language language(Extraction extraction) {
        return Language.fromCode(extraction.language()).orElse(Language.FR);
    }

    /** Machine-made events take the places and actors that further reports name; reviewed ones are left alone. */
    static void enrich(Event event, EntityLinker.Links links, Function<String, Place> places,
            Function<String, Actor> actors) {
        if (event.place == null && links.place() != null) {
            event.place = places.apply(links.place());
        }
        for (String actorId : links.actors()) {
            if (event.actors.stream().noneMatch(a -> a.id.equals(actorId))) {
                event.actors.add(actors.apply(actorId));
            }
        }
    }

    /**
     * The events ingestion makes of one text on an empty timeline, kept in memory: what {@code POST /sources} would
     * store, without a database. For measuring ingestion on a corpus.
     */
    public static List<Event> onEmptyTimeline(Extraction extraction, String sourceId, String text,
            Collection<Place> places, Collection<Actor> actors) {
        Map<String, Place> placeById = new HashMap<>();
        places.forEach(place -> placeById.put(place.id, place));
        Map<String, Actor> actorById = new HashMap<>();
        actors.forEach(actor -> actorById.put(actor.id, actor));
        SourceText sourceText = new SourceText(text);
        List<Event> events = new ArrayList<>();
        group(extraction, sourceId, EntityLinker.of(places, actors), new HashMap<>(), new Sink() {
            @Override
            public Event create(Statement statement, EntityLinker.Links links) {
                Event event = draft(sourceId, sourceText, language(extraction), statement, links, placeById::get,
                        actorById::get);
                events.add(event);
                return event;
            }

            @Override
            public void cite(Event event, Statement statement, EntityLinker.Links links) {
                event.addCitation(Citation.of(sourceId, sourceText, statement.start(), statement.end()));
                if (event.status == Event.Status.EXTRACTED) {
                    enrich(event, links, placeById::get, actorById::get);
                }
            }
        });
        return events;
    }
}
