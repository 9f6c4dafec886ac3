package io.factline.extract;

import io.factline.FactlineConfig;
import io.factline.web.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Caps the extractions running at once. Reading a text is CPU-bound: past a few per core, more at once only
 * makes every one slower and the heap fuller, so an extraction that finds no free slot is refused at once with
 * a 503 problem and Retry-After instead of queueing.
 */
@ApplicationScoped
public class ExtractionSlots {

    private final Semaphore slots;
    private final int capacity;
    private final int retryAfterSeconds;
    private final Counter refused;

    ExtractionSlots(FactlineConfig config, MeterRegistry registry) {
        this.capacity = config.limits().concurrentExtractions()
                .orElse(2 * Runtime.getRuntime().availableProcessors());
        if (capacity < 1) {
            throw new IllegalArgumentException("factline.limits.concurrent-extractions must be at least 1");
        }
        this.slots = new Semaphore(capacity);
        this.retryAfterSeconds = config.limits().retryAfterSeconds();
        this.refused = Counter.builder("factline.extractions.refused")
                .description("Extractions refused because every slot was taken").register(registry);
        registry.gauge("factline.extractions.running", slots, s -> capacity - s.availablePermits());
    }

    /** Runs {@code work} in a free slot; a 503 problem when there is none. */
    public <T> T run(Supplier<T> work) {
        if (!slots.tryAcquire()) {
            refused.increment();
            throw ProblemException.busy("extractions", retryAfterSeconds);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    public int capacity() {
        return capacity;
    }

    /** Takes a free slot without running anything, or says there is none; for tests that fill the slots. */
    boolean tryOccupy() {
        return slots.tryAcquire();
    }

    void vacate() {
        slots.release();
    }
}
