package io.factline.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeedInputsTest {

    private static final Optional<String> BUILD = Optional.of("factline.jar|1000|1|17");

    @TempDir
    Path temp;

    interface Change {
        void apply(Path folder) throws IOException;
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("a byte of a text", (Change) f -> Files.writeString(f.resolve("a.txt"), "jeudi dernier!")),
                Arguments.of("a file added", (Change) f -> Files.writeString(f.resolve("c.txt"), "")),
                Arguments.of("a file removed", (Change) f -> Files.delete(f.resolve("b.json"))),
                Arguments.of("a file renamed", (Change) f -> Files.move(f.resolve("a.txt"), f.resolve("z.txt"))),
                Arguments.of("bytes moved between files", (Change) f -> {
                    Files.writeString(f.resolve("a.txt"), "jeudi dernier{");
                    Files.writeString(f.resolve("b.json"), "}");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void anyChangeToTheFolderChangesTheDigest(String name, Change change) throws IOException {
        Path folder = folder();
        Optional<String> before = SeedInputs.digest(folder, BUILD);

        change.apply(folder);

        assertThat(before).isPresent();
        assertThat(SeedInputs.digest(folder, BUILD)).isPresent().isNotEqualTo(before);
    }

    @Test
    void theSameFilesUnderTheSameBuildGiveTheSameDigestWhateverTheirTimes() throws IOException {
        Path folder = folder();
        Optional<String> before = SeedInputs.digest(folder, BUILD);
        Files.setLastModifiedTime(folder.resolve("a.txt"), FileTime.fromMillis(0));
        Path copy = Files.createDirectories(temp.resolve("copy"));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }

        assertThat(SeedInputs.digest(folder, BUILD)).isEqualTo(before);
        assertThat(SeedInputs.digest(copy, BUILD)).isEqualTo(before);
    }

    @Test
    void anotherBuildOrNoBuildIdentity() throws IOException {
        Path folder = folder();

        assertThat(SeedInputs.digest(folder, Optional.of("factline.jar|1000|2|17")))
                .isNotEqualTo(SeedInputs.digest(folder, BUILD));
        assertThat(SeedInputs.digest(folder, Optional.empty())).isEmpty();
        assertThat(SeedInputs.digest(temp.resolve("no-such-folder"), BUILD)).isPresent()
                .isNotEqualTo(SeedInputs.digest(folder, BUILD));
    }

    @Test
    void aJarIsIdentifiedByItsNameSizeAndTimeAndTheJvm() throws IOException {
        Path jar = Files.write(temp.resolve("factline-1.jar"), new byte[1234]);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));

        assertThat(SeedInputs.jar(jar)).contains("factline-1.jar|1234|1700000000000|" + Runtime.version());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_001L));
        assertThat(SeedInputs.jar(jar)).contains("factline-1.jar|1234|1700000000001|" + Runtime.version());
        assertThat(SeedInputs.jar(temp)).as("classes in a folder: development mode, tests").isEmpty();
        // These tests run from target/classes.
        assertThat(SeedInputs.build()).isEmpty();
    }

    private Path folder() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("seeds"));
        Files.writeString(folder.resolve("a.txt"), "jeudi dernier");
        Files.writeString(folder.resolve("b.json"), "{}");
        return folder;
    }
}
