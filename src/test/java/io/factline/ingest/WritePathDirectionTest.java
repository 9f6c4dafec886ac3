package io.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Adding a source runs one way: {@code ingest/SourceResource} through {@code ingest/Ingestion} down to the storage of
 * {@code source/}. Storage must never call back up into ingestion.
 */
class WritePathDirectionTest {

    private static final Path SOURCE_PACKAGE = Path.of("src/main/java/io/factline/source");

    @Test
    void storageOfSourcesImportsNothingFromIngestion() throws IOException {
        List<String> upward;
        try (Stream<Path> files = Files.list(SOURCE_PACKAGE)) {
            upward = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(WritePathDirectionTest::mentionsIngestion)
                    .map(file -> file.getFileName().toString())
                    .toList();
        }
        assertThat(Files.isDirectory(SOURCE_PACKAGE)).isTrue();
        assertThat(upward).as("classes of source/ that reach up into ingest/").isEmpty();
    }

    @Test
    void theSourcesEndpointLivesWithIngestion() {
        assertThat(SourceResource.class.getPackageName()).isEqualTo(Ingestion.class.getPackageName());
    }

    private static boolean mentionsIngestion(Path file) {
        try {
            return Files.readString(file).contains("io.factline.ingest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
