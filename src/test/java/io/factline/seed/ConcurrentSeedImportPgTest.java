package io.factline.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.db.PostgresProfile;
import io.factline.seed.SeedImporter.SeedSet;
import io.factline.source.Source;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Instances starting together on one PostgreSQL database import the seeds once: the seed_import row is locked
 * (SELECT ... FOR UPDATE) for the whole import, so the second import waits, then finds the work done.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ConcurrentSeedImportPgTest {

    private static final String NEVER_IMPORTED = "0".repeat(64);

    @Inject
    SeedImporter importer;

    @Inject
    EntityManager entityManager;

    @Test
    void twoImportsAtOnceIntoAnEmptyTimelineWriteItOnce() throws Exception {
        long events = Event.count();
        long citations = Citation.count();
        long sources = Source.count();
        assertThat(events).as("the seeds were imported at start-up").isPositive();
        SeedSet seeds = importer.read(Path.of("seeds"));
        String fingerprint = importer.fingerprint(seeds);
        QuarkusTransaction.requiringNew().run(() -> {
            // Foreign keys cascade to citations, tags and actors of events.
            entityManager.createNativeQuery("DELETE FROM event").executeUpdate();
            entityManager.createNativeQuery("DELETE FROM source").executeUpdate();
            entityManager.createNativeQuery("UPDATE seed_import SET fingerprint = :f")
                    .setParameter("f", NEVER_IMPORTED).executeUpdate();
        });
        assertThat(Event.count()).isZero();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Boolean> wrote = new ArrayList<>();
        try {
            List<Future<Boolean>> imports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                imports.add(instances.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return importer.apply(seeds, fingerprint, null);
                }));
            }
            for (Future<Boolean> done : imports) {
                wrote.add(done.get(120, TimeUnit.SECONDS));
            }
        } finally {
            instances.shutdownNow();
        }

        assertThat(wrote).as("one import wrote, the other found it done").containsExactlyInAnyOrder(true, false);
        assertThat(Event.count()).isEqualTo(events);
        assertThat(Citation.count()).isEqualTo(citations);
        assertThat(Source.count()).isEqualTo(sources);
    }
}
