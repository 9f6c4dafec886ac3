package io.factline.seed;

import io.factline.seed.SeedRecords.CitationRecord;
import io.factline.seed.SeedRecords.EventRecord;
import io.factline.source.SourceText;
import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import io.factline.temporal.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns the editors' record of the seed events into events whose citation offsets and dates are computed:
 * each quote is found in its source text, and the expression that dates an event is resolved by the
 * {@link TemporalResolver} reading the whole source, so anaphora ("un jour plus tôt") see what came before.
 */
final class SeedTimeline {

    record SeedSource(String id, String title, String publisher, String url, Language language,
            LocalDate publishedOn, String text) {
    }

    record PlannedCitation(String sourceId, String quote, int start, int end, String prefix, String suffix) {
    }

    record PlannedEvent(String id, String title, String summary, String place, List<String> actors,
            List<String> tags, Timex date, String dateSourceId, List<PlannedCitation> citations) {
    }

    private final Map<String, SeedSource> sources;
    private final TemporalResolver resolver;
    private final Map<String, List<Timex>> timexesBySource = new HashMap<>();

    SeedTimeline(Map<String, SeedSource> sources, TemporalResolver resolver) {
        this.sources = sources;
        this.resolver = resolver;
    }

    List<PlannedEvent> plan(List<EventRecord> records) {
        List<PlannedEvent> planned = new ArrayList<>(records.size());
        Set<String> ids = new HashSet<>();
        for (EventRecord record : records) {
            if (!ids.add(record.id())) {
                // One of the two would silently replace the other.
                throw new SeedException("event id " + record.id() + " is used twice in events.json");
            }
            planned.add(plan(record));
        }
        return planned;
    }

    private PlannedEvent plan(EventRecord record) {
        if (record.citations() == null || record.citations().isEmpty()) {
            throw new SeedException("event " + record.id() + " has no citation");
        }
        List<PlannedCitation> citations = new ArrayList<>();
        Timex date = null;
        String dateSourceId = null;
        for (CitationRecord citation : record.citations()) {
            PlannedCitation located = locate(record.id(), citation);
            citations.add(located);
            if (citation.dateExpression() != null) {
                if (date != null) {
                    throw new SeedException("event " + record.id() + " names more than one dating expression");
                }
                date = dateOf(record.id(), citation, located);
                dateSourceId = located.sourceId();
            }
        }
        if (date == null) {
            throw new SeedException("event " + record.id() + " has no citation with a dateExpression");
        }
        return new PlannedEvent(record.id(), record.title(), record.summary(), record.place(),
                Objects.requireNonNullElse(record.actors(), List.of()),
                Objects.requireNonNullElse(record.tags(), List.of()), date, dateSourceId, citations);
    }

    private PlannedCitation locate(String eventId, CitationRecord citation) {
        SeedSource source = source(eventId, citation.source());
        SourceText text = new SourceText(source.text());
        int occurrence = Objects.requireNonNullElse(citation.occurrence(), 1);
        if (citation.occurrence() == null && text.count(citation.quote()) > 1) {
            throw new SeedException("event " + eventId + ": quote occurs " + text.count(citation.quote())
                    + " times in " + source.id() + ", say which with \"occurrence\": " + abbreviate(citation.quote()));
        }
        OptionalInt start = text.find(citation.quote(), occurrence);
        if (start.isEmpty()) {
            throw new SeedException("event " + eventId + ": quote not found verbatim in " + source.id()
                    + (occurrence > 1 ? " (occurrence " + occurrence + ")" : "") + ": " + abbreviate(citation.quote()));
        }
        int begin = start.getAsInt();
        int end = begin + citation.quote().codePointCount(0, citation.quote().length());
        return new PlannedCitation(source.id(), citation.quote(), begin, end, text.prefix(begin), text.suffix(end));
    }

    /** The resolver's reading of the dating expression, found at its place in the source. */
    private Timex dateOf(String eventId, CitationRecord citation, PlannedCitation located) {
        String expression = citation.dateExpression();
        SourceText quote = new SourceText(located.quote());
        OptionalInt offset = quote.find(expression, Objects.requireNonNullElse(citation.dateOccurrence(), 1));
        if (offset.isEmpty()) {
            throw new SeedException("event " + eventId + ": dateExpression \"" + expression + "\" is not in its quote");
        }
        int start = located.start() + offset.getAsInt();
        int end = start + expression.codePointCount(0, expression.length());
        SeedSource source = sources.get(located.sourceId());
        List<Timex> timexes = timexesBySource.computeIfAbsent(source.id(),
                id -> resolver.extract(source.text(), source.publishedOn(), source.language()));
        Timex found = null;
        for (Timex timex : timexes) {
            if (timex.start() <= start && timex.end() >= end) {
                found = timex;
                break;
            }
        }
        if (found == null) {
            throw new SeedException("event " + eventId + ": the resolver reads no temporal expression at \""
                    + expression + "\" (" + source.id() + " " + start + "-" + end + ")");
        }
        if (!found.isDated()) {
            throw new SeedException("event " + eventId + ": \"" + found.text() + "\" in " + source.id()
                    + " resolves to " + found.type() + " " + found.value() + ", which is not a date interval");
        }
        return found;
    }

    private SeedSource source(String eventId, String sourceId) {
        SeedSource source = sources.get(sourceId);
        if (source == null) {
            throw new SeedException("event " + eventId + " cites unknown source " + sourceId);
        }
        return source;
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }
}
