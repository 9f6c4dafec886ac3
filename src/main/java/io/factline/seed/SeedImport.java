package io.factline.seed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What the seed import last applied; its row is locked while importing so instances take turns. */
@Entity
@Table(name = "seed_import")
public class SeedImport extends PanacheEntityBase {

    static final String SEEDS = "seeds";

    @Id
    public String name;

    public String fingerprint;

    /** Digest of the seeds folder's files and of the build that imported them ({@link SeedInputs}); null: unknown. */
    public String inputs;

    @Column(name = "imported_at")
    public OffsetDateTime importedAt;

    /** The seeds row, read without a lock. */
    static SeedImport seeds() {
        return findById(SEEDS);
    }

    /** The seeds row, locked until the current transaction ends (the migration creates it). */
    static SeedImport lockSeeds() {
        return findById(SEEDS, LockModeType.PESSIMISTIC_WRITE);
    }
}
