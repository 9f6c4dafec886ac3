package io.factline.timeline;

import io.factline.cache.DataVersion;
import io.factline.extract.Extractor;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Gazetteer;
import io.factline.gazetteer.Place;
import io.factline.ingest.Headline;
import io.factline.source.Source;
import io.factline.source.SourceText;
import io.factline.temporal.Language;
import io.factline.temporal.Timex;
import io.factline.timeline.EventInput.CitationRequest;
import io.factline.timeline.EventInput.EventPatch;
import io.factline.timeline.EventInput.NewEvent;
import io.factline.web.Problem.InvalidParam;
import io.factline.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/** The editors' corrections: add, change and delete events. Every change moves the event's updatedAt. */
@ApplicationScoped
public class EventEditor {

    private final Gazetteer gazetteer;
    private final EventService eventService;
    private final Extractor extractor;
    private final DataVersion dataVersion;

    EventEditor(Gazetteer gazetteer, Extractor extractor, DataVersion dataVersion, EventService eventService) {
        this.gazetteer = gazetteer;
        this.eventService = eventService;
        this.extractor = extractor;
        this.dataVersion = dataVersion;
    }

    @Transactional
    public EventView create(NewEvent request) {
        List<InvalidParam> errors = new ArrayList<>();
        Place place = request.place() == null ? null : place("place", request.place(), errors);
        Set<Actor> actors = actors(request.actors(), errors);
        List<Citation> citations = new ArrayList<>();
        EventDate date = null;
        for (int i = 0; i < request.citations().size(); i++) {
            CitationRequest wanted = request.citations().get(i);
            String field = "citations[" + i + "]";
            Source source = Source.findById(wanted.sourceId().strip());
            if (source == null) {
                errors.add(new InvalidParam(field + ".sourceId", "no source has the id '" + wanted.sourceId() + "'"));
                continue;
            }
            Citation citation = locate(field, source, wanted, errors);
            if (citation == null) {
                continue;
            }
            if (citations.stream().anyMatch(c -> c.covers(citation.sourceId, citation.start, citation.end))) {
                errors.add(new InvalidParam(field, "cites the same span as an earlier citation"));
                continue;
            }
            citations.add(citation);
            if (wanted.dateExpression() != null) {
                date = dateOf(field, source, citation, wanted.dateExpression(), errors);
            }
        }
        EventInput.unprocessableOn(errors);
        if (request.date() != null) {
            date = editorDate(request.date());
        }
        String id = request.id();
        if (id != null && Event.findById(id) != null) {
            throw ProblemException.conflict("An event with the id '" + id + "' exists; PATCH it, or choose another id");
        }
        if (id == null) {
            id = Event.freeId(Headline.slug(date.value, request.title()));
        }
        Event event = new Event();
        event.id = id;
        event.title = request.title();
        event.summary = request.summary();
        event.status = request.status();
        event.date = date;
        event.place = place;
        event.actors = actors;
        event.tags = new LinkedHashSet<>(request.tags());
        citations.forEach(event::addCitation);
        event.create(Event.now());
        dataVersion.recordWrite();
        return eventService.views(List.of(event)).get(0);
    }

    @Transactional
    public EventView patch(String id, EventPatch patch) {
        Event event = Event.<Event>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("event", id));
        List<InvalidParam> errors = new ArrayList<>();
        Place place = patch.place() == null || patch.place().value() == null ? null
                : place("place", patch.place().value(), errors);
        Set<Actor> actors = patch.actors() == null ? null : actors(patch.actors().value(), errors);
        EventInput.unprocessableOn(errors);
        boolean changed = false;
        if (patch.title() != null && !patch.title().value().equals(event.title)) {
            event.title = patch.title().value();
            changed = true;
        }
        if (patch.summary() != null && !Objects.equals(patch.summary().value(), event.summary)) {
            event.summary = patch.summary().value();
            changed = true;
        }
        if (patch.place() != null && !Objects.equals(place == null ? null : place.id,
                event.place == null ? null : event.place.id)) {
            event.place = place;
            changed = true;
        }
        if (actors != null && !ids(actors).equals(ids(event.actors))) {
            event.actors = actors;
            changed = true;
        }
        if (patch.tags() != null && !Set.copyOf(event.tags).equals(Set.copyOf(patch.tags().value()))) {
            event.tags.clear();
            event.tags.addAll(patch.tags().value());
            changed = true;
        }
        if (patch.status() != null && patch.status().value() != event.status) {
            event.status = patch.status().value();
            changed = true;
        }
        if (changed) {
            event.updatedAt = Event.now();
            dataVersion.recordWrite();
        }
        return eventService.views(List.of(event)).get(0);
    }

    @Transactional
    public void delete(String id) {
        Event event = Event.<Event>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("event", id));
        event.deleteWithTombstone(Event.now());
        dataVersion.recordWrite();
    }

    private Place place(String field, String name, List<InvalidParam> errors) {
        Set<String> ids = gazetteer.placeIds(name);
        if (ids.size() != 1) {
            errors.add(new InvalidParam(field, ids.isEmpty() ? "no place of the gazetteer is called '" + name + "'"
                    : "'" + name + "' names several places: " + String.join(", ", ids.stream().sorted().toList())
                    + "; give an id"));
            return null;
        }
        return Place.findById(ids.iterator().next());
    }

    private Set<Actor> actors(List<String> names, List<InvalidParam> errors) {
        Set<Actor> actors = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Set<String> ids = gazetteer.actorIds(name);
            if (ids.size() != 1) {
                errors.add(new InvalidParam("actors[" + i + "]", ids.isEmpty()
                        ? "no actor of the gazetteer is called '" + name + "'"
                        : "'" + name + "' names several actors: " + String.join(", ", ids.stream().sorted().toList())
                        + "; give an id"));
            } else {
                actors.add(Actor.findById(ids.iterator().next()));
            }
        }
        return actors;
    }

    /** The quote found verbatim in its source, or null with the reason in {@code errors}. */
    private static Citation locate(String field, Source source, CitationRequest wanted, List<InvalidParam> errors) {
        SourceText text = new SourceText(source.text);
        int count = text.count(wanted.quote());
        if (count == 0) {
            errors.add(new InvalidParam(field + ".quote", "is not found verbatim in source " + source.id));
            return null;
        }
        if (wanted.occurrence() == null && count > 1) {
            errors.add(new InvalidParam(field + ".occurrence", "the quote occurs " + count + " times in source "
                    + source.id + ": say which, from 1"));
            return null;
        }
        int occurrence = Objects.requireNonNullElse(wanted.occurrence(), 1);
        OptionalInt start = text.find(wanted.quote(), occurrence);
        if (start.isEmpty()) {
            errors.add(new InvalidParam(field + ".occurrence", "the quote occurs only " + count + " times"));
            return null;
        }
        int begin = start.getAsInt();
        return Citation.of(source.id, text, begin, begin + wanted.quote().codePointCount(0, wanted.quote().length()));
    }

    /** The date the resolver reads at the first occurrence of {@code expression} inside the citation. */
    private EventDate dateOf(String field, Source source, Citation citation, String expression,
            List<InvalidParam> errors) {
        OptionalInt offset = new SourceText(citation.quote).find(expression, 1);
        if (offset.isEmpty()) {
            errors.add(new InvalidParam(field + ".dateExpression", "is not inside the quote"));
            return null;
        }
        int start = citation.start + offset.getAsInt();
        int end = start + expression.codePointCount(0, expression.length());
        Language language = Language.fromCode(source.language).orElse(null);
        for (Timex timex : extractor.extract(source.text, source.publishedOn, language).timexes()) {
            if (timex.start() <= start && timex.end() >= end) {
                if (!timex.isDated()) {
                    errors.add(new InvalidParam(field + ".dateExpression", "'" + timex.text() + "' is a "
                            + timex.type() + ", not a date the timeline can place"));
                    return null;
                }
                return EventDate.of(timex, source.id);
            }
        }
        errors.add(new InvalidParam(field + ".dateExpression", "the temporal resolver reads no date in '"
                + expression + "'"));
        return null;
    }

    private static EventDate editorDate(EventInput.EditorDate input) {
        EventDate date = new EventDate();
        date.value = input.value();
        date.precision = input.precision();
        date.earliest = input.earliest();
        date.latest = input.latest();
        date.time = EventDate.timeOf(input.value(), input.precision());
        date.expression = input.value();
        date.rule = "editor";
        return date;
    }

    private static Set<String> ids(Set<Actor> actors) {
        Set<String> ids = new LinkedHashSet<>();
        actors.forEach(actor -> ids.add(actor.id));
        return ids;
    }
}
