package io.factline.timeline;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the change feed ({@code GET /events?updatedSince=}): changed events and tombstones of deleted ones. */
@Schema(hidden = true, description = "Serialised like an EventPage, whose schema documents tombstones")
public record EventChanges(
        @Schema(description = "Events created or changed since updatedSince, and tombstones of the events deleted "
                + "since, sorted by updatedAt, then id")
        List<EventItem> items,
        @Schema(nullable = true, description = "Cursor of the next page, to pass back as ?cursor=; null on the last page")
        String next) {

    /** The page without its tombstones, for the representations that cannot say that an event was deleted. */
    public EventPage liveEvents() {
        return new EventPage(items.stream().filter(EventView.class::isInstance).map(EventView.class::cast).toList(),
                next);
    }
}
