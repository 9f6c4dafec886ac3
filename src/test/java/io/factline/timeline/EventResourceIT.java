package io.factline.timeline;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The timeline API's tests, run again against the packaged application. */
@QuarkusIntegrationTest
class EventResourceIT extends EventResourceTest {
}
