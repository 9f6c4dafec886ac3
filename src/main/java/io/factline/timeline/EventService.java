package io.factline.timeline;

import io.factline.gazetteer.Gazetteer;
import io.factline.source.Source;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the timeline and its change feed. */
@ApplicationScoped
public class EventService {

    private static final String ORDER = " order by e.date.earliest, e.date.latest, e.id";

    private final Gazetteer gazetteer;

    EventService(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The where clause of the filters of {@code query}, or null when they can match nothing. */
    private Filter filter(EventQuery query) {
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
                return null;
            }
            where.append(" and e.place.id in :places");
            params.and("places", places);
        }
        if (query.actor() != null) {
            Set<String> actors = gazetteer.actorIds(query.actor());
            if (actors.isEmpty()) {
                return null;
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
        return new Filter(where, params);
    }

    private record Filter(StringBuilder where, Parameters params) {
    }

    /** One page of the timeline, in (earliest, latest, id) order. */
    public EventPage list(EventQuery query) {
        Filter filter = filter(query);
        if (filter == null) {
            return new EventPage(List.of(), null);
        }
        StringBuilder where = filter.where();
        Parameters params = filter.params();
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

    /**
     * The change feed: events updated at or after {@code updatedSince} that pass the other filters, and every
     * tombstone since then (a deleted event can no longer be filtered), merged in (updatedAt, id) order.
     */
    public EventChanges changes(EventQuery query) {
        Filter filter = filter(query);
        StringBuilder where = filter == null ? new StringBuilder("1 = 0") : filter.where();
        Parameters params = filter == null ? new Parameters() : filter.params();
        where.append(" and e.updatedAt >= :since");
        params.and("since", query.updatedSince());
        Parameters tombstoneParams = Parameters.with("since", query.updatedSince());
        String tombstoneWhere = "t.deletedAt >= :since";
        if (query.changesAfter() != null) {
            where.append(" and (e.updatedAt > :afterAt or (e.updatedAt = :afterAt and e.id > :afterId))");
            params.and("afterAt", query.changesAfter().at()).and("afterId", query.changesAfter().id());
            tombstoneWhere += " and (t.deletedAt > :afterAt or (t.deletedAt = :afterAt and t.id > :afterId))";
            tombstoneParams.and("afterAt", query.changesAfter().at()).and("afterId", query.changesAfter().id());
        }
        List<Event> events = Event.<Event>find("from Event e where " + where + " order by e.updatedAt, e.id", params)
                .range(0, query.limit()).list();
        List<EventTombstone> tombstones = EventTombstone.<EventTombstone>find(
                "from EventTombstone t where " + tombstoneWhere + " order by t.deletedAt, t.id", tombstoneParams)
                .range(0, query.limit()).list();
        List<EventQuery.ChangeKey> keys = new ArrayList<>();
        Map<EventQuery.ChangeKey, Object> byKey = new TreeMap<>();
        for (Event event : events) {
            byKey.put(new EventQuery.ChangeKey(event.updatedAt, event.id), event);
        }
        for (EventTombstone tombstone : tombstones) {
            byKey.put(new EventQuery.ChangeKey(tombstone.deletedAt, tombstone.id), tombstone);
        }
        keys.addAll(byKey.keySet());
        boolean more = keys.size() > query.limit();
        List<EventQuery.ChangeKey> page = more ? keys.subList(0, query.limit()) : keys;
        List<Event> pageEvents = page.stream().map(byKey::get).filter(Event.class::isInstance).map(Event.class::cast)
                .toList();
        Map<String, EventView> eventViews = views(pageEvents).stream()
                .collect(Collectors.toMap(EventView::id, view -> view));
        List<EventItem> items = new ArrayList<>(page.size());
        for (EventQuery.ChangeKey key : page) {
            Object item = byKey.get(key);
            items.add(item instanceof EventTombstone tombstone ? TombstoneView.of(tombstone) : eventViews.get(key.id()));
        }
        String next = more ? EventCursor.encode(page.get(page.size() - 1)) : null;
        return new EventChanges(items, next);
    }

    public Optional<EventView> get(String id) {
        return Event.<Event>findByIdOptional(id).map(event -> views(List.of(event)).get(0));
    }

    /** The views of {@code events}, in the given order; call inside a transaction or a request. */
    public static List<EventView> views(List<Event> events) {
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
