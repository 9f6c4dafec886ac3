package io.factline.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** What is left of a deleted event: its id and when it went, so that mirrors syncing by updatedSince drop it. */
@Entity
@Table(name = "event_tombstone")
public class EventTombstone extends PanacheEntityBase {

    @Id
    public String id;

    @NotNull
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
