package io.factline.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An article as received: its exact text, its SHA-256 and its publication facts. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String publisher;

    public String url;

    @NotBlank
    public String language;

    @NotNull
    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** The exact text; citation offsets are code points into it. */
    @NotNull
    @Column(name = "content")
    public String text;

    /** Length of the text in Unicode code points. */
    public int length;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    public String sha256;

    @NotNull
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<Source> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }
}
