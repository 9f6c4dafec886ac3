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
import java.util.LinkedHashSet;
import java.util.Set;

/** A person, organisation, state or armed group that events involve. */
@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {

    public enum Kind { PERSON, ORGANISATION, STATE, ARMED_GROUP }

    @Id
    public String id;

    @NotBlank
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Kind kind;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias")
    public Set<String> aliases = new LinkedHashSet<>();
}
