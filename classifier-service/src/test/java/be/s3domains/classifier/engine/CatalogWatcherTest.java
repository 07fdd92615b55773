package be.s3domains.classifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWatcherTest {

  @TempDir Path folder;
  private Path catalog;
  private String original;
  private CurrentClassifier current;
  private SimpleMeterRegistry meters;
  private CatalogWatcher watcher;

  @BeforeEach
  void copyTheTestCatalog() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalogs/mini.yaml")) {
      original = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    catalog = folder.resolve("mini.yaml");
    Files.writeString(catalog, original);
    current = new CurrentClassifier(TestEngine.loader().load(catalog, null), catalog.toString());
    meters = new SimpleMeterRegistry();
    CatalogVersionGauge versions = new CatalogVersionGauge(current, meters);
    versions.register(current.get().catalogVersion());
    watcher =
        new CatalogWatcher(
            current, TestEngine.loader(), catalog, Optional.empty(), Duration.ofDays(1), versions);
  }

  @Test
  void keepsTheClassifierWhileTheFileIsUnchanged() {
    var before = current.get();

    assertThat(watcher.check()).isFalse();
    assertThat(current.get()).isSameAs(before);
  }

  @Test
  void swapsInTheChangedCatalogAndMarksItsVersionActive() throws IOException {
    String before = current.get().catalogVersion();
    Files.writeString(catalog, original.replace("version: \"0.1\"", "version: \"0.2\""));

    assertThat(watcher.check()).isTrue();

    String after = current.get().catalogVersion();
    assertThat(after).startsWith("0.2+").isNotEqualTo(before);
    assertThat(meters.get("classifier.catalog.active").tag("version", after).gauge().value())
        .isEqualTo(1);
    assertThat(meters.get("classifier.catalog.active").tag("version", before).gauge().value())
        .isZero();
  }

  @Test
  void rejectsAnInvalidCatalogAndKeepsTheOldOne() throws IOException {
    var before = current.get();
    Files.writeString(catalog, original.replace("heat pump: 1.0", "heat pump: 7.5"));

    assertThat(watcher.check()).isFalse();
    assertThat(current.get()).isSameAs(before);
  }
}
