package io.factline.timeline;

import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A dated fact of the timeline, backed by one or more citations. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    public enum Status { EXTRACTED, REVIEWED }

    @Id
    public String id;

    @NotBlank
    @Size(max = 300)
    public String title;

    @Size(max = 4000)
    public String summary;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Status status;

    @Valid
    @NotNull
    @Embedded
    public EventDate date;

    @ManyToOne
    @JoinColumn(name = "place_id")
    public Place place;

    @ManyToMany
    @JoinTable(name = "event_actor",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    public Set<Actor> actors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_tag", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "tag")
    public Set<String> tags = new LinkedHashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Citation> citations = new ArrayList<>();

    @NotNull
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @NotNull
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * Sets the columns derived from the date: its span class from its interval, its time of day from its value.
     * Hibernate calls it before every insert and update; whoever writes rows with {@code TimelineRows} calls it first.
     */
    @PrePersist
    @PreUpdate
    public void deriveDateColumns() {
        if (date == null) {
            return;
        }
        if (date.earliest != null && date.latest != null) {
            date.spanClass = EventSpan.classify(date.earliest, date.latest);
        }
        date.time = EventDate.timeOf(date.value, date.precision);
    }

    public void addCitation(Citation citation) {
        citation.event = this;
        citation.position = citations.size();
        citations.add(citation);
    }

    /** The time writes are stamped with: UTC, to the microsecond that both H2 and PostgreSQL keep. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * {@code base}, or {@code base-2}, {@code base-3}... : the first id that no event has and no deleted event had
     * (a mirror that saw a tombstone must never see the id come back as another event).
     */
    public static String freeId(String base) {
        String id = base;
        for (int n = 2; findById(id) != null || EventTombstone.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Stores a new event stamped {@code now}; an editor may bring back a deleted id, which clears its tombstone. */
    public void create(OffsetDateTime now) {
        createdAt = now;
        updatedAt = now;
        EventTombstone.deleteById(id);
        persist();
    }

    /** Deletes this event and leaves a tombstone stamped {@code now}. */
    public void deleteWithTombstone(OffsetDateTime now) {
        EventTombstone tombstone = EventTombstone.<EventTombstone>findByIdOptional(id).orElseGet(EventTombstone::new);
        tombstone.id = id;
        tombstone.deletedAt = now;
        tombstone.persist();
        delete();
    }

    /** Removes every citation of the source {@code sourceId}; true when there was one. */
    public boolean removeCitationsOf(String sourceId) {
        boolean removed = citations.removeIf(c -> Objects.equals(c.sourceId, sourceId));
        for (int i = 0; i < citations.size(); i++) {
            citations.get(i).position = i;
        }
        return removed;
    }

    /** True when a citation already quotes [start, end) of {@code sourceId}. */
    public boolean cites(String sourceId, int start, int end) {
        return citations.stream().anyMatch(c -> c.covers(sourceId, start, end));
    }
}
