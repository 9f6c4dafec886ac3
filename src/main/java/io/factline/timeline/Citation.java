package io.factline.timeline;

import io.factline.source.SourceText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A verbatim quote of a source that backs an event; offsets are Unicode code points, end exclusive. */
@Entity
@Table(name = "citation")
public class Citation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_seq")
    @SequenceGenerator(name = "citation_seq", sequenceName = "citation_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @NotBlank
    @Column(name = "source_id")
    public String sourceId;

    /** Order of the citation within its event; the first one is the one shown first. */
    public int position;

    @NotBlank
    public String quote;

    @PositiveOrZero
    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    @NotNull
    public String prefix;

    @NotNull
    public String suffix;

    /** The citation of code points [start, end) of a source's text, with its text-quote context. */
    public static Citation of(String sourceId, SourceText text, int start, int end) {
        return of(sourceId, text.slice(start, end), start, end, text.prefix(start), text.suffix(end));
    }

    public static Citation of(String sourceId, String quote, int start, int end, String prefix, String suffix) {
        Citation citation = new Citation();
        citation.sourceId = sourceId;
        citation.quote = quote;
        citation.start = start;
        citation.end = end;
        citation.prefix = prefix;
        citation.suffix = suffix;
        return citation;
    }

    /** True when this cites exactly the span [start, end) of the source {@code sourceId}. */
    public boolean covers(String sourceId, int start, int end) {
        return this.sourceId.equals(sourceId) && this.start == start && this.end == end;
    }
}
