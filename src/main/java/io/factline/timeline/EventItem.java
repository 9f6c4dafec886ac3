package io.factline.timeline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item of a page of events: an event, or in the change feed (updatedSince) also the tombstone of one. */
@Schema(name = "EventItem", oneOf = {EventView.class, TombstoneView.class},
        description = "An event; in a change feed (updatedSince) also a tombstone {id, deleted: true, updatedAt}")
public interface EventItem {

    String id();
}
