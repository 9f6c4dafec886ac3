package io.factline.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** A write moves this instance's generation on once, when it commits; the poller moves it for others' writes. */
@QuarkusTest
class DataVersionTest {

    @Inject
    DataVersion dataVersion;

    @Inject
    EntityManager entityManager;

    @Test
    void movesOnOnceForAWriteOfItsOwn() {
        dataVersion.poll();
        long before = dataVersion.current();

        QuarkusTransaction.requiringNew().run(() -> {
            dataVersion.recordWrite();
            dataVersion.recordWrite();
            assertThat(dataVersion.current()).as("not before the commit").isEqualTo(before);
        });
        assertThat(dataVersion.current()).as("at the commit").isEqualTo(before + 1);

        dataVersion.poll();
        assertThat(dataVersion.current()).as("the poller has nothing new to see").isEqualTo(before + 1);
    }

    @Test
    void movesOnWhenThePollerSeesAnotherInstancesWrite() {
        dataVersion.poll();
        long before = dataVersion.current();

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update data_version set version = version + 1 where id = 1").executeUpdate());

        dataVersion.poll();
        assertThat(dataVersion.current()).isEqualTo(before + 1);
    }

    @Test
    void doesNotMoveOnForARolledBackWrite() {
        dataVersion.poll();
        long before = dataVersion.current();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            dataVersion.recordWrite();
            throw new IllegalStateException("the write fails after recording");
        })).isInstanceOf(IllegalStateException.class);
        dataVersion.poll();

        assertThat(dataVersion.current()).isEqualTo(before);
    }
}
