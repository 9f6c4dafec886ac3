package io.factline.timeline;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the timeline. */
@Schema(name = "EventPage")
public record EventPage(
        @Schema(description = "Events sorted by earliest, then latest, then id")
        List<EventView> items,
        @Schema(nullable = true, description = "Cursor of the next page, to pass back as ?cursor=; null on the last page")
        String next) {
}
