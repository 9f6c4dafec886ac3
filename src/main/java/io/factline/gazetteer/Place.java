package io.factline.gazetteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashSet;
import java.util.Set;

/** A named place of the gazetteer, with the spellings news texts use for it. */
@Entity
@Table(name = "place")
public class Place extends PanacheEntityBase {

    public enum Kind { CITY, REGION, COUNTRY, SITE, BUILDING }

    @Id
    public String id;

    @NotBlank
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "country_code")
    public String countryCode;

    public Double latitude;

    public Double longitude;

    @ElementCollection
    @CollectionTable(name = "place_alias", joinColumns = @JoinColumn(name = "place_id"))
    @Column(name = "alias")
    public Set<String> aliases = new LinkedHashSet<>();
}
