package io.factline.timeline;

import io.factline.gazetteer.Gazetteer;
import io.micrometer.core.annotation.Timed;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * The timeline's order: by interval, then by time of day, a whole day (no time) before the times of that day,
     * then by id. NULLS FIRST is spelled out: H2 sorts nulls first by default, PostgreSQL last.
     */
    static final String ORDER = " order by e.date.earliest, e.date.latest, e.date.time nulls first, e.id";
    /**
     * Merges the per-class scans. Events with the same earliest and latest have the same span class, so they come
     * from one scan, already in the database's order of ids (its collation, which the cursor relies on): a stable
     * sort on the dates and times alone keeps it.
     */
    private static final Comparator<EventQuery.Key> KEY_ORDER = Comparator.comparing(EventQuery.Key::earliest)
            .thenComparing(EventQuery.Key::latest)
            .thenComparing(EventQuery.Key::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Gazetteer gazetteer;
    private final ReferenceData referenceData;

    EventService(Gazetteer gazetteer, ReferenceData referenceData) {
        this.gazetteer = gazetteer;
        this.referenceData = referenceData;
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

    /** One page of the timeline, in (earliest, latest, time of day, id) order. */
    @Timed(value = "factline.events.query", extraTags = {"query", "list"},
            description = "Time to read a page of the timeline from the database")
    public EventPage list(EventQuery query) {
        Filter filter = filter(query);
        if (filter == null) {
            return new EventPage(List.of(), null);
        }
        StringBuilder where = filter.where();
        Parameters params = filter.params();
        if (query.after() != null) {
            EventQuery.Key after = query.after();
            // Within the cursor's interval: after a whole day come its other whole days by id, then every time of
            // that day; after a time, the later times and that time's later ids (a null time is never greater).
            String sameInterval = after.time() == null
                    ? "(e.date.time is not null or e.id > :afterId)"
                    : "(e.date.time > :afterTime or (e.date.time = :afterTime and e.id > :afterId))";
            where.append(" and (e.date.earliest > :afterEarliest or (e.date.earliest = :afterEarliest"
                    + " and (e.date.latest > :afterLatest or (e.date.latest = :afterLatest and " + sameInterval
                    + "))))");
            params.and("afterEarliest", after.earliest())
                    .and("afterLatest", after.latest())
                    .and("afterId", after.id());
            if (after.time() != null) {
                params.and("afterTime", after.time());
            }
        }
        List<EventQuery.Key> keys = query.from() == null
                ? keys(where.toString(), params.map(), query.limit() + 1)
                : overlappingKeys(where.toString(), params.map(), query);
        boolean more = keys.size() > query.limit();
        List<EventQuery.Key> page = more ? keys.subList(0, query.limit()) : keys;
        String next = more ? EventCursor.encode(page.get(page.size() - 1)) : null;
        return new EventPage(pageViews(page), next);
    }

    /**
     * Keys of the first events of the page when the window has a start: one bounded index scan per span class
     * ({@link EventSpan}), merged. An event of class c overlapping [from, ...] starts no earlier than from minus
     * the longest interval of c, so each scan reads the window and a short lead-in, not the whole past.
     */
    private static List<EventQuery.Key> overlappingKeys(String where, Map<String, Object> params, EventQuery query) {
        List<EventQuery.Key> merged = new ArrayList<>();
        for (short spanClass = 0; spanClass <= EventSpan.UNBOUNDED; spanClass++) {
            Map<String, Object> classParams = new HashMap<>(params);
            StringBuilder classWhere = new StringBuilder(where).append(" and e.date.spanClass = :spanClass");
            classParams.put("spanClass", spanClass);
            LocalDate lower = EventSpan.earliestStart(spanClass, query.from());
            if (query.after() != null && (lower == null || query.after().earliest().isAfter(lower))) {
                lower = query.after().earliest();
            }
            if (lower != null) {
                classWhere.append(" and e.date.earliest >= :lower");
                classParams.put("lower", lower);
            }
            merged.addAll(keys(classWhere.toString(), classParams, query.limit() + 1));
        }
        merged.sort(KEY_ORDER);
        return merged.size() > query.limit() + 1 ? merged.subList(0, query.limit() + 1) : merged;
    }

    private static List<EventQuery.Key> keys(String where, Map<String, Object> params, int limit) {
        TypedQuery<Object[]> select = Event.getEntityManager().createQuery(
                "select e.date.earliest, e.date.latest, e.date.time, e.id from Event e where " + where + ORDER,
                Object[].class);
        params.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultStream()
                .map(row -> new EventQuery.Key((LocalDate) row[0], (LocalDate) row[1], (LocalTime) row[2],
                        (String) row[3]))
                .toList();
    }

    /**
     * The views of the events of {@code keys}, in their order, in a fixed number of statements whatever the page
     * size (no N+1 selects): the events with their places, then their citations, actors and tags, each read from its
     * own table by the events' ids (the event rows are read once, not joined again for every association). Places,
     * actors and source URLs come from {@link ReferenceData}.
     */
    private List<EventView> pageViews(List<EventQuery.Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> ids = keys.stream().map(EventQuery.Key::id).toList();
        Map<String, Event> byId = new HashMap<>();
        for (Event event : Event.<Event>list("from Event e left join fetch e.place where e.id in ?1", ids)) {
            byId.put(event.id, event);
        }
        Map<String, List<Citation>> citations = new HashMap<>();
        Event.getEntityManager()
                .createQuery("select c.event.id, c from Citation c where c.event.id in :ids order by c.position",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> citations.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                        .add((Citation) row[1]));
        ReferenceData.GazetteerViews gazetteerViews = referenceData.gazetteer();
        Map<String, List<EventView.ActorView>> actors = new HashMap<>();
        pairs("select event_id, actor_id from event_actor where event_id in (:ids)", ids).stream()
                .filter(pair -> gazetteerViews.actor(pair[1]) != null)
                .forEach(pair -> actors.computeIfAbsent(pair[0], id -> new ArrayList<>())
                        .add(gazetteerViews.actor(pair[1])));
        Map<String, List<String>> tags = new HashMap<>();
        pairs("select event_id, tag from event_tag where event_id in (:ids)", ids)
                .forEach(pair -> tags.computeIfAbsent(pair[0], id -> new ArrayList<>()).add(pair[1]));
        Map<String, String> urls = referenceData.sourceUrls(citations.values().stream().flatMap(List::stream)
                .map(c -> c.sourceId).collect(Collectors.toSet()));
        List<EventView> views = new ArrayList<>(ids.size());
        for (String id : ids) {
            Event event = byId.get(id);
            if (event != null) {
                views.add(EventView.of(event, citations.getOrDefault(id, List.of()),
                        gazetteerViews.place(event.place == null ? null : event.place.id),
                        actors.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()), urls));
            }
        }
        return views;
    }

    /** The two string columns of the rows of {@code sql}, which takes the page's event ids as :ids. */
    private static List<String[]> pairs(String sql, List<String> ids) {
        List<?> rows = Event.getEntityManager().createNativeQuery(sql, Object[].class).setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new String[] {(String) row[0], (String) row[1]}).toList();
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

    @Timed(value = "factline.events.query", extraTags = {"query", "get"},
            description = "Time to read one event from the database")
    public Optional<EventView> get(String id) {
        return Event.<Event>findByIdOptional(id).map(event -> views(List.of(event)).get(0));
    }

    /** The views of {@code events}, in the given order; call inside a transaction or a request. */
    public List<EventView> views(List<Event> events) {
        Map<String, String> urls = referenceData.sourceUrls(events.stream().flatMap(e -> e.citations.stream())
                .map(c -> c.sourceId).collect(Collectors.toSet()));
        return events.stream().map(event -> EventView.of(event, urls)).toList();
    }

    /** Escapes LIKE wildcards with '!' so that user text matches literally. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
