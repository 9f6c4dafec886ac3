package io.factline.timeline;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deleted event as the change feed shows it, so that mirrors delete it too. */
@Schema(hidden = true, description = "Documented as an Event with deleted: true, so typed clients read one list")
public record TombstoneView(
        @Schema(description = "Id of the deleted event")
        String id,
        @Schema(description = "Always true", enumeration = "true")
        boolean deleted,
        @Schema(description = "When the event was deleted")
        OffsetDateTime updatedAt) implements EventItem {

    static TombstoneView of(EventTombstone tombstone) {
        return new TombstoneView(tombstone.id, true, tombstone.deletedAt);
    }
}
