package io.factline.seed;

import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.source.Source;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import io.factline.timeline.EventDate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;

/**
 * The timeline's rows written with plain JDBC, one batch per table, from entities that Hibernate does not manage:
 * for loading many rows at once into tables that hold none of them (the seed import into a new database, the
 * benchmark's synthetic corpus). Nothing is validated or defaulted here; the caller's transaction commits.
 */
public final class TimelineRows {

    private TimelineRows() {
    }

    /** Inserts {@code places} and their aliases. */
    public static void writePlaces(Connection connection, Collection<Place> places) throws SQLException {
        try (PreparedStatement place = connection.prepareStatement("INSERT INTO place (id, name, kind, country_code, "
                + "latitude, longitude) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement alias = connection.prepareStatement(
                        "INSERT INTO place_alias (place_id, alias) VALUES (?, ?)")) {
            for (Place p : places) {
                place.setString(1, p.id);
                place.setString(2, p.name);
                place.setString(3, p.kind.name());
                place.setString(4, p.countryCode);
                place.setObject(5, p.latitude, Types.DOUBLE);
                place.setObject(6, p.longitude, Types.DOUBLE);
                place.addBatch();
                addPairs(alias, p.id, p.aliases);
            }
            place.executeBatch();
            alias.executeBatch();
        }
    }

    /** Inserts {@code actors} and their aliases. */
    public static void writeActors(Connection connection, Collection<Actor> actors) throws SQLException {
        try (PreparedStatement actor = connection.prepareStatement("INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)");
                PreparedStatement alias = connection.prepareStatement(
                        "INSERT INTO actor_alias (actor_id, alias) VALUES (?, ?)")) {
            for (Actor a : actors) {
                actor.setString(1, a.id);
                actor.setString(2, a.name);
                actor.setString(3, a.kind.name());
                actor.addBatch();
                addPairs(alias, a.id, a.aliases);
            }
            actor.executeBatch();
            alias.executeBatch();
        }
    }

    /** Inserts {@code sources}. */
    public static void writeSources(Connection connection, List<Source> sources) throws SQLException {
        try (PreparedStatement source = connection.prepareStatement("INSERT INTO source (id, title, publisher, url, "
                + "language, published_on, content, length, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Source s : sources) {
                source.setString(1, s.id);
                source.setString(2, s.title);
                source.setString(3, s.publisher);
                source.setString(4, s.url);
                source.setString(5, s.language);
                source.setObject(6, s.publishedOn);
                source.setString(7, s.text);
                source.setInt(8, s.length);
                source.setString(9, s.sha256);
                source.setObject(10, s.createdAt);
                source.addBatch();
            }
            source.executeBatch();
        }
    }

    /**
     * Inserts {@code events} as they are, the columns derived from their date included (call
     * {@link Event#deriveDateColumns} first), with their actors (by id), tags and citations (ids and positions set).
     */
    public static void writeEvents(Connection connection, List<Event> events) throws SQLException {
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO event (id, title, summary, status, "
                + "date_value, date_precision, earliest, latest, date_mod, date_expression, date_anchor, date_rule, "
                + "date_source_id, place_id, created_at, updated_at, span_class, date_time) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement actor = connection.prepareStatement(
                        "INSERT INTO event_actor (event_id, actor_id) VALUES (?, ?)");
                PreparedStatement tag = connection.prepareStatement(
                        "INSERT INTO event_tag (event_id, tag) VALUES (?, ?)");
                PreparedStatement citation = connection.prepareStatement("INSERT INTO citation (id, event_id, "
                        + "source_id, position, quote, start_offset, end_offset, prefix, suffix) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                EventDate date = e.date;
                event.setString(1, e.id);
                event.setString(2, e.title);
                event.setString(3, e.summary);
                event.setString(4, e.status.name());
                event.setString(5, date.value);
                event.setString(6, date.precision.name());
                event.setObject(7, date.earliest);
                event.setObject(8, date.latest);
                event.setString(9, date.mod == null ? null : date.mod.name());
                event.setString(10, date.expression);
                event.setObject(11, date.anchor, Types.DATE);
                event.setString(12, date.rule);
                event.setString(13, date.sourceId);
                event.setString(14, e.place == null ? null : e.place.id);
                event.setObject(15, e.createdAt);
                event.setObject(16, e.updatedAt);
                event.setShort(17, date.spanClass);
                event.setObject(18, date.time, Types.TIME);
                event.addBatch();
                addPairs(actor, e.id, e.actors.stream().map(a -> a.id).toList());
                addPairs(tag, e.id, e.tags);
                for (Citation c : e.citations) {
                    citation.setLong(1, c.id);
                    citation.setString(2, e.id);
                    citation.setString(3, c.sourceId);
                    citation.setInt(4, c.position);
                    citation.setString(5, c.quote);
                    citation.setInt(6, c.start);
                    citation.setInt(7, c.end);
                    citation.setString(8, c.prefix);
                    citation.setString(9, c.suffix);
                    citation.addBatch();
                }
            }
            event.executeBatch();
            actor.executeBatch();
            tag.executeBatch();
            citation.executeBatch();
        }
    }

    private static void addPairs(PreparedStatement insert, String owner, Collection<String> values) throws SQLException {
        for (String value : values) {
            insert.setString(1, owner);
            insert.setString(2, value);
            insert.addBatch();
        }
    }

}
