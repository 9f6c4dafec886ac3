package io.factline.seed;

import io.factline.source.SourceText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a seed import is computed from, as one digest: every file of the seeds folder (names and bytes) and the
 * application build that reads and resolves them (its code, its shipped gazetteer, the JVM's version). Equal
 * digests give equal imports, so a start that finds the digest of the last import need not read and resolve the
 * folder again: with a large folder that is most of a restart.
 */
final class SeedInputs {

    private SeedInputs() {
    }

    /**
     * The digest of the folder's files under {@code build}, the application build's identity; empty without a
     * build identity (then nothing says the code is the one that made the last import).
     */
    static Optional<String> digest(Path dir, Optional<String> build) {
        if (build.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest = SourceText.newSha256();
        update(digest, build.get());
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> listed = Files.list(dir)) {
                files = listed.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new SeedException("cannot list " + dir + ": " + e.getMessage(), e);
            }
            for (Path file : files) {
                update(digest, file.getFileName().toString());
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    update(digest, Integer.toString(bytes.length));
                    digest.update(bytes);
                } catch (IOException e) {
                    throw new SeedException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The running build's identity: the jar holding this class (its name, size and modification time, which every
     * build changes) and the JVM's version; empty when the classes are not in a jar (development mode, tests).
     */
    static Optional<String> build() {
        CodeSource code = SeedInputs.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return jar(Path.of(code.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** The identity of the build in {@code jar}; empty when it is not a file. */
    static Optional<String> jar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        return Optional.of(String.join("|", jar.getFileName().toString(), Long.toString(Files.size(jar)),
                Long.toString(Files.getLastModifiedTime(jar).toMillis()), Runtime.version().toString()));
    }

    private static void update(MessageDigest digest, String field) {
        digest.update(field.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
