package io.factline.auth;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The credential checks, run again against the packaged application. */
@QuarkusIntegrationTest
class EditorAuthIT extends EditorAuthTest {
}
