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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    @PrePersist
    @PreUpdate
    void classifySpan() {
        if (date != null && date.earliest != null && date.latest != null) {
            date.spanClass = EventSpan.classify(date.earliest, date.latest);
        }
    }

    public void addCitation(Citation citation) {
        citation.event = this;
        citation.position = citations.size();
        citations.add(citation);
    }
}
