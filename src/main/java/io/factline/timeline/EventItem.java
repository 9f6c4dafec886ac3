package io.factline.timeline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item of a page of events: an event, or in the change feed (updatedSince) also the tombstone of one. */
@Schema(hidden = true)
public interface EventItem {

    String id();
}
