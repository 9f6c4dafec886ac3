package io.factline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive the training writes follows the JVM that runs the application. */
class ClassDataTrainingTest {

    @TempDir
    Path temp;

    @Test
    void readsTheFeatureVersionOfTheJavaThatRunsTheApplication() {
        assertThat(ClassDataTraining.featureVersion(Path.of(System.getProperty("java.home"), "bin", "java").toString()))
                .isEqualTo(Runtime.version().feature());
    }

    @Test
    void readsTheVersionFromTheJdksReleaseFile() throws IOException {
        assertThat(ClassDataTraining.featureVersion(jdk("25.0.3"))).isEqualTo(25);
        assertThat(ClassDataTraining.featureVersion(jdk("17.0.15"))).isEqualTo(17);
        assertThat(ClassDataTraining.featureVersion(jdk("26-ea"))).isEqualTo(26);
    }

    @Test
    void refusesAJavaItCannotIdentify() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("nojdk/bin"));
        String java = Files.writeString(bin.resolve("java"), "").toString();

        assertThatThrownBy(() -> ClassDataTraining.featureVersion(java)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factline.app.java");
    }

    /** A JDK folder with a release file saying {@code version} and an (empty) bin/java. */
    private String jdk(String version) throws IOException {
        Path home = Files.createDirectories(temp.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        return Files.writeString(bin.resolve("java"), "").toString();
    }
}
