package io.factline;

import io.factline.temporal.TemporalResolver;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java resolver injectable; it is stateless, so one instance serves everyone. */
public class TemporalResolverProducer {

    @Produces
    @Singleton
    TemporalResolver temporalResolver() {
        return new TemporalResolver();
    }
}
