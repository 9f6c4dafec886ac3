package io.factline.timeline;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the timeline. */
@Schema(name = "EventPage")
public record EventPage(
        @Schema(description = "Events sorted by earliest, then latest, then time of day, then id. An event of the "
                + "whole day comes before the times of that day; a part of the day sorts at its conventional start "
                + "(morning 06:00, daytime 08:00, midday 12:00, afternoon 14:00, evening 18:00, night 22:00)")
        List<EventView> items,
        @Schema(nullable = true, description = "Cursor of the next page, to pass back as ?cursor=; null on the last page")
        String next) {
}
