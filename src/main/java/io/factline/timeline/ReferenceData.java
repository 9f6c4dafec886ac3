package io.factline.timeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.factline.cache.DataVersion;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.source.Source;
import io.factline.timeline.EventView.ActorView;
import io.factline.timeline.EventView.PlaceView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a page of the timeline shows beside its events and rarely changes: the gazetteer's places and actors (a few
 * dozen rows, written by the seed import) and the URLs of the cited sources. Read from the database once and kept
 * until a write changes the data ({@link DataVersion}, which also sees other instances' writes): a page then costs
 * no statement for them. While the data version is unknown (caching disabled, database unreadable) every call
 * reads the database.
 */
@ApplicationScoped
public class ReferenceData {

    /** Kept source URLs at most; a page cites a few hundred sources at most. */
    private static final int MAX_SOURCES = 50_000;

    private final DataVersion version;
    private final Cache<String, KeptUrl> sourceUrls;
    private volatile GazetteerViews gazetteer;

    ReferenceData(DataVersion version) {
        this.version = version;
        this.sourceUrls = Caffeine.newBuilder().maximumSize(MAX_SOURCES).build();
        version.onChange(sourceUrls::invalidateAll);
    }

    /** The gazetteer's places and actors as the API shows them, read at {@code generation}. */
    public record GazetteerViews(long generation, Map<String, PlaceView> places, Map<String, ActorView> actors) {

        /** The view of the place {@code id}, or null. */
        public PlaceView place(String id) {
            return id == null ? null : places.get(id);
        }

        /** The view of the actor {@code id}, or null. */
        public ActorView actor(String id) {
            return actors.get(id);
        }
    }

    /** A source's URL (empty: it has none) as read at {@code generation}. */
    private record KeptUrl(long generation, Optional<String> url) {
    }

    /** The URLs of the sources {@code ids} that have one; call inside a request or a transaction. */
    public Map<String, String> sourceUrls(Collection<String> ids) {
        long generation = version.current();
        Map<String, String> urls = new HashMap<>();
        Set<String> missing = new HashSet<>();
        for (String id : ids) {
            KeptUrl kept = generation == DataVersion.UNKNOWN ? null : sourceUrls.getIfPresent(id);
            if (kept != null && kept.generation() == generation) {
                kept.url().ifPresent(url -> urls.put(id, url));
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return urls;
        }
        Map<String, String> read = new HashMap<>();
        Source.getEntityManager()
                .createQuery("select s.id, s.url from Source s where s.id in :ids", Object[].class)
                .setParameter("ids", missing).getResultList()
                .forEach(row -> {
                    if (row[1] != null) {
                        read.put((String) row[0], (String) row[1]);
                    }
                });
        urls.putAll(read);
        if (generation != DataVersion.UNKNOWN) {
            // Kept with the generation read before the query: if a write committed meanwhile, they are stale at once.
            missing.forEach(id -> sourceUrls.put(id, new KeptUrl(generation, Optional.ofNullable(read.get(id)))));
        }
        return urls;
    }

    /** The places and actors, as current as the last write this instance knows of; take it once per page. */
    public GazetteerViews gazetteer() {
        long generation = version.current();
        GazetteerViews kept = gazetteer;
        if (kept != null && generation != DataVersion.UNKNOWN && kept.generation() == generation) {
            return kept;
        }
        List<Place> places = Place.list("select distinct p from Place p left join fetch p.aliases");
        List<Actor> actors = Actor.list("select distinct a from Actor a left join fetch a.aliases");
        GazetteerViews read = new GazetteerViews(generation,
                places.stream().collect(Collectors.toUnmodifiableMap(p -> p.id, PlaceView::of)),
                actors.stream().collect(Collectors.toUnmodifiableMap(a -> a.id, ActorView::of)));
        if (generation != DataVersion.UNKNOWN) {
            gazetteer = read;
        }
        return read;
    }
}
