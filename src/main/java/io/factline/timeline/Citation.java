package io.factline.timeline;

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
}
