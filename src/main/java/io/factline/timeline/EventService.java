package io.factline.timeline;

import io.factline.gazetteer.Gazetteer;
import io.factline.source.Source;
import io.micrometer.core.annotation.Timed;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the timeline. */
@ApplicationScoped
public class EventService {

    private static final String ORDER = " order by e.date.earliest, e.date.latest, e.id";

    private final Gazetteer gazetteer;

    EventService(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Timed(value = "factline.events.query", extraTags = {"query", "list"},
            description = "Time to read a page of the timeline from the database")
    public EventPage list(EventQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (query.from() != null) {
            where.append(" and e.date.latest >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and e.date.earliest <= :to");
            params.and("to", query.to());
        }
        if (query.q() != null) {
            where.append(" and (lower(e.title) like :q escape '!' or lower(e.summary) like :q escape '!'"
                    + " or exists (select 1 from Citation qc where qc.event = e and lower(qc.quote) like :q escape '!'))");
            params.and("q", "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.place() != null) {
            Set<String> places = gazetteer.placeIds(query.place());
            if (places.isEmpty()) {
                return new EventPage(List.of(), null);
            }
            where.append(" and e.place.id in :places");
            params.and("places", places);
        }
        if (query.actor() != null) {
            Set<String> actors = gazetteer.actorIds(query.actor());
            if (actors.isEmpty()) {
                return new EventPage(List.of(), null);
            }
            where.append(" and exists (select 1 from Event ae join ae.actors a where ae = e and a.id in :actors)");
            params.and("actors", actors);
        }
        if (query.tag() != null) {
            where.append(" and :tag member of e.tags");
            params.and("tag", query.tag());
        }
        if (query.source() != null) {
            where.append(" and exists (select 1 from Citation sc where sc.event = e and sc.sourceId = :source)");
            params.and("source", query.source());
        }
        if (query.status() != null) {
            where.append(" and e.status = :status");
            params.and("status", query.status());
        }
        if (query.after() != null) {
            where.append(" and (e.date.earliest > :afterEarliest or (e.date.earliest = :afterEarliest"
                    + " and (e.date.latest > :afterLatest or (e.date.latest = :afterLatest and e.id > :afterId))))");
            params.and("afterEarliest", query.after().earliest())
                    .and("afterLatest", query.after().latest())
                    .and("afterId", query.after().id());
        }
        List<Event> events = Event.<Event>find("from Event e where " + where + ORDER, params)
                .range(0, query.limit()).list();
        boolean more = events.size() > query.limit();
        List<Event> page = more ? events.subList(0, query.limit()) : events;
        String next = null;
        if (more) {
            Event last = page.get(page.size() - 1);
            next = EventCursor.encode(new EventQuery.Key(last.date.earliest, last.date.latest, last.id));
        }
        return new EventPage(views(page), next);
    }

    @Timed(value = "factline.events.query", extraTags = {"query", "get"},
            description = "Time to read one event from the database")
    public Optional<EventView> get(String id) {
        return Event.<Event>findByIdOptional(id).map(event -> views(List.of(event)).get(0));
    }

    private static List<EventView> views(List<Event> events) {
        Set<String> sourceIds = events.stream().flatMap(e -> e.citations.stream()).map(c -> c.sourceId)
                .collect(Collectors.toSet());
        Map<String, String> urls = sourceUrls(sourceIds);
        return events.stream().map(event -> EventView.of(event, urls)).toList();
    }

    private static Map<String, String> sourceUrls(Collection<String> sourceIds) {
        Map<String, String> urls = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return urls;
        }
        List<Object[]> rows = Source.getEntityManager()
                .createQuery("select s.id, s.url from Source s where s.id in :ids and s.url is not null", Object[].class)
                .setParameter("ids", sourceIds).getResultList();
        for (Object[] row : rows) {
            urls.put((String) row[0], (String) row[1]);
        }
        return urls;
    }

    /** Escapes LIKE wildcards with '!' so that user text matches literally. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
