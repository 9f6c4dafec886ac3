package io.factline.ingest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The sources API's tests, run again against the packaged application. */
@QuarkusIntegrationTest
class SourceResourceIT extends SourceResourceTest {
}
