package io.factline.gazetteer;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The places and actors Factline knows by name, shipped as {@code gazetteer/*.json} and kept in the database. */
@ApplicationScoped
public class Gazetteer {

    public record PlaceRecord(String id, String name, List<String> aliases, String kind, String countryCode,
            Double latitude, Double longitude) {
    }

    public record ActorRecord(String id, String name, List<String> aliases, String kind) {
    }

    public record Data(List<PlaceRecord> places, List<ActorRecord> actors) {
    }

    private record PlacesFile(List<PlaceRecord> places) {
    }

    private record ActorsFile(List<ActorRecord> actors) {
    }

    private final ObjectMapper json;

    Gazetteer(ObjectMapper json) {
        this.json = json;
    }

    /** The gazetteer as shipped in the application. */
    public Data shipped() {
        return new Data(read("gazetteer/places.json", PlacesFile.class).places(),
                read("gazetteer/actors.json", ActorsFile.class).actors());
    }

    /** Inserts or updates every place and actor of {@code data}; call inside a transaction. */
    public void upsert(Data data) {
        // Two queries put every stored place and actor in the session: the lookups below then cost no statement.
        Place.listAll();
        Actor.listAll();
        for (PlaceRecord record : data.places()) {
            Place place = Place.<Place>findByIdOptional(record.id()).orElseGet(Place::new);
            boolean created = place.id == null;
            fill(place, record);
            if (created) {
                place.persist();
            }
        }
        for (ActorRecord record : data.actors()) {
            Actor actor = Actor.<Actor>findByIdOptional(record.id()).orElseGet(Actor::new);
            boolean created = actor.id == null;
            fill(actor, record);
            if (created) {
                actor.persist();
            }
        }
    }

    /** Sets {@code place} to what {@code record} says, leaving its aliases collection alone when they are equal. */
    public static Place fill(Place place, PlaceRecord record) {
        place.id = record.id();
        place.name = record.name();
        place.kind = Place.Kind.valueOf(record.kind().toUpperCase(Locale.ROOT));
        place.countryCode = record.countryCode();
        place.latitude = record.latitude();
        place.longitude = record.longitude();
        replace(place.aliases, record.aliases());
        return place;
    }

    /** Sets {@code actor} to what {@code record} says, leaving its aliases collection alone when they are equal. */
    public static Actor fill(Actor actor, ActorRecord record) {
        actor.id = record.id();
        actor.name = record.name();
        actor.kind = Actor.Kind.valueOf(record.kind().toUpperCase(Locale.ROOT));
        replace(actor.aliases, record.aliases());
        return actor;
    }

    /** Ids of the places whose id, name or alias is {@code name}, ignoring case. */
    public Set<String> placeIds(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Place.<Place>find("select distinct p from Place p left join p.aliases a "
                        + "where lower(p.id) = ?1 or lower(p.name) = ?1 or lower(a) = ?1", key)
                .stream().map(place -> place.id).collect(Collectors.toSet());
    }

    /** Ids of the actors whose id, name or alias is {@code name}, ignoring case. */
    public Set<String> actorIds(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Actor.<Actor>find("select distinct x from Actor x left join x.aliases a "
                        + "where lower(x.id) = ?1 or lower(x.name) = ?1 or lower(a) = ?1", key)
                .stream().map(actor -> actor.id).collect(Collectors.toSet());
    }

    private static void replace(Set<String> target, List<String> values) {
        Set<String> wanted = new LinkedHashSet<>(Objects.requireNonNullElse(values, List.of()));
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
