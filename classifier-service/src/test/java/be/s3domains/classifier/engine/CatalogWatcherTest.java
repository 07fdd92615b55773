package be.s3domains.classifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.CalibrationFiles;
import be.s3domains.classifier.scoring.DomainCalibration;
import be.s3domains.classifier.scoring.ScoreFormula;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
    watcher = watcher(false);
  }

  private CatalogWatcher watcher(boolean allowUncalibrated) {
    return new CatalogWatcher(
        current,
        TestEngine.loader(),
        catalog,
        Optional.empty(),
        Duration.ofDays(1),
        new CatalogVersionGauge(current, meters),
        allowUncalibrated);
  }

  /** Writes a calibration beside the catalog, fitted (here: made up) for its current content. */
  private void calibrateTheCatalogFile() {
    DomainCatalog fileCatalog = TestEngine.loader().load(catalog, null).scorer().catalog();
    Calibration calibration =
        new Calibration(
            fileCatalog.id(),
            fileCatalog.versionTag(),
            fileCatalog.contentHash(),
            ScoreFormula.VERSION,
            "a test",
            Map.of("energy", new DomainCalibration(-2.0, 3.0, 0.0, 0.4)));
    CalibrationFiles.write(
        calibration, Path.of(CalibrationFiles.besideCatalog(catalog.toString())));
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
  void keepsACalibratedCatalogWhenTheChangedOneHasNoCalibrationUntilOneIsFitted()
      throws IOException {
    calibrateTheCatalogFile();
    watcher.check();
    var calibrated = current.get();
    assertThat(calibrated.calibration().isFitted()).isTrue();

    Files.writeString(catalog, original.replace("heat pump: 1.0", "heat pump: 0.9"));

    assertThat(watcher.check()).as("no calibration fits the changed catalog").isFalse();
    assertThat(current.get()).isSameAs(calibrated);

    calibrateTheCatalogFile();

    assertThat(watcher.check()).isTrue();
    assertThat(current.get().calibration().isFitted()).isTrue();
    assertThat(current.get()).isNotSameAs(calibrated);
  }

  @Test
  void swapsInAnUncalibratedCatalogWhenThatIsAllowed() throws IOException {
    calibrateTheCatalogFile();
    watcher.check();
    CatalogWatcher allowing = watcher(true);

    Files.writeString(catalog, original.replace("heat pump: 1.0", "heat pump: 0.9"));

    assertThat(allowing.check()).isTrue();
    assertThat(current.get().calibration().isFitted()).isFalse();
  }

  @Test
  void rejectsAnInvalidCatalogAndKeepsTheOldOne() throws IOException {
    var before = current.get();
    Files.writeString(catalog, original.replace("heat pump: 1.0", "heat pump: 7.5"));

    assertThat(watcher.check()).isFalse();
    assertThat(current.get()).isSameAs(before);
  }
}
