package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.TestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierLoaderTest {

  @TempDir Path folder;

  @Test
  void usesACalibrationFittedForTheCatalogAndTheScoreFormulaInUse() throws IOException {
    Path catalogFile = miniCatalogFile();
    DomainCatalog catalog = TestEngine.loader().load(catalogFile, null).scorer().catalog();
    Path calibration = write(calibration(catalog, ScoreFormula.VERSION));

    Classifier loaded = TestEngine.loader().load(catalogFile, calibration);

    assertThat(loaded.calibration().isFitted()).isTrue();
    assertThat(loaded.calibration().forDomain("energy").slope()).isEqualTo(3.0);
  }

  @Test
  void refusesACalibrationFittedForAnotherVersionOfTheScoreFormula() throws IOException {
    Path catalogFile = miniCatalogFile();
    DomainCatalog catalog = TestEngine.loader().load(catalogFile, null).scorer().catalog();
    Path calibration = write(calibration(catalog, ScoreFormula.VERSION - 1));

    Classifier loaded = TestEngine.loader().load(catalogFile, calibration);

    assertThat(loaded.calibration().isFitted()).isFalse();
    assertThat(loaded.calibration().forDomain("energy")).isEqualTo(DomainCalibration.UNFITTED);
  }

  @Test
  void refusesACalibrationWrittenBeforeCalibrationsRecordedTheirFormula() throws IOException {
    Path catalogFile = miniCatalogFile();
    DomainCatalog catalog = TestEngine.loader().load(catalogFile, null).scorer().catalog();
    Path calibration = folder.resolve("old.calibration.json");
    Files.writeString(
        calibration,
        """
        {"catalogId": "mini", "catalogVersion": "%s", "catalogHash": "%s", "fittedOn": "old",
         "domains": {"energy": {"intercept": -2.0, "slope": 3.0, "threshold": 0.4}}}
        """
            .formatted(catalog.versionTag(), catalog.contentHash()));

    assertThat(CalibrationFiles.read(calibration).orElseThrow().formulaVersion()).isZero();
    assertThat(TestEngine.loader().load(catalogFile, calibration).calibration().isFitted())
        .isFalse();
  }

  @Test
  void rejectsACurrentCalibrationFileWithAFieldMissingInsteadOfReadingItAsZero()
      throws IOException {
    Path calibration = folder.resolve("hand-edited.calibration.json");
    Files.writeString(
        calibration,
        """
        {"catalogId": "mini", "catalogVersion": "0.1", "catalogHash": "ab", "formulaVersion": 2,
         "fittedOn": "by hand",
         "domains": {"energy": {"intercept": -2.0, "lengthSlope": 0.0, "threshold": 0.4}}}
        """);

    assertThatThrownBy(() -> CalibrationFiles.read(calibration))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hand-edited.calibration.json is not valid")
        .hasMessageContaining("slope");
  }

  private Path miniCatalogFile() throws IOException {
    Path file = folder.resolve("mini.yaml");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalogs/mini.yaml")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private static Calibration calibration(DomainCatalog catalog, int formulaVersion) {
    return new Calibration(
        catalog.id(),
        catalog.versionTag(),
        catalog.contentHash(),
        formulaVersion,
        "a test",
        Map.of("energy", new DomainCalibration(-2.0, 3.0, 0.0, 0.4)));
  }

  private Path write(Calibration calibration) {
    Path file = folder.resolve("mini.calibration.json");
    CalibrationFiles.write(calibration, file);
    return file;
  }
}
