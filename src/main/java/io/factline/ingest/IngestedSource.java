package io.factline.ingest;

import io.factline.source.SourceView;
import io.factline.timeline.EventView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What posting a source did: the source, and the events that cite it. */
@Schema(name = "IngestedSource", description = "A posted source and the events that cite it.")
public record IngestedSource(
        SourceView source,
        @Schema(description = "True when this request stored the source; false when the same text (same SHA-256) "
                + "was already stored, in which case nothing was written")
        boolean created,
        @Schema(description = "Ids of the events this request created (status extracted)")
        List<String> createdEvents,
        @Schema(description = "Ids of events already on the timeline that this request added citations to: "
                + "other reports of the same facts")
        List<String> citedEvents,
        @Schema(description = "Every event that cites the source, in timeline order")
        List<EventView> events) {
}
