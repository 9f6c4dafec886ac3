package io.factline.seed;

import java.time.LocalDate;
import java.util.List;

/** The files of the seeds folder, as written by the editors. */
final class SeedRecords {

    private SeedRecords() {
    }

    /** {@code sources.json}: publication facts of each article file. */
    record SourcesFile(String about, List<SourceRecord> sources) {
    }

    record SourceRecord(String file, String publisher, LocalDate publishedOn, String language, String title,
            String url, String dateEvidence) {

        /** The source id: the file name without its extension. */
        String id() {
            int dot = file.lastIndexOf('.');
            return dot < 0 ? file : file.substring(0, dot);
        }
    }

    /** {@code events.json}: which reported facts form the timeline, with their headlines and quotes. */
    record EventsFile(String about, List<EventRecord> events) {
    }

    record EventRecord(String id, String title, String summary, String place, List<String> actors,
            List<String> tags, List<CitationRecord> citations) {
    }

    /**
     * A quote of a source; {@code occurrence} picks among repeats of the same quote (1-based). The one citation
     * that dates its event names the {@code dateExpression} inside the quote that does so.
     */
    record CitationRecord(String source, String quote, Integer occurrence, String dateExpression,
            Integer dateOccurrence) {
    }
}
