package be.s3domains.classifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.TestProposals;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationsTest {

  @TempDir Path folder;

  @Test
  void countsEachResultUnderTheCatalogVersionThatProducedItAlsoAfterAReload() throws IOException {
    String catalog;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalogs/mini.yaml")) {
      catalog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path first = Files.writeString(folder.resolve("first.yaml"), catalog);
    Path second =
        Files.writeString(
            folder.resolve("second.yaml"), catalog.replace("version: \"0.1\"", "version: \"0.2\""));
    CurrentClassifier current =
        new CurrentClassifier(TestEngine.loader().load(first, null), first.toString());
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    meters.config().commonTags(Classifications.CATALOG_VERSION_TAG, current.get().catalogVersion());
    Classifications classifications = new Classifications(current, meters);
    String before = current.get().catalogVersion();

    classifications.count(classifications.classify(TestProposals.heatPumpRenovation()));
    current.replace(TestEngine.loader().load(second, null));
    classifications.count(classifications.classify(TestProposals.heatPumpRenovation()));

    String after = current.get().catalogVersion();
    assertThat(after).isNotEqualTo(before);
    for (String version : new String[] {before, after}) {
      assertThat(
              meters
                  .get("classifier.proposals.classified")
                  .tags("domain", "energy", Classifications.CATALOG_VERSION_TAG, version)
                  .counter()
                  .count())
          .as(version)
          .isEqualTo(1.0);
      assertThat(
              meters
                  .get("classifier.matches")
                  .tags("domain", "energy", Classifications.CATALOG_VERSION_TAG, version)
                  .counter()
                  .count())
          .as(version)
          .isEqualTo(1.0);
    }
  }
}
