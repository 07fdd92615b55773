package be.s3domains.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.catalog.DomainCatalogLoader;
import be.s3domains.classifier.TestEngine;
import org.junit.jupiter.api.Test;

/** The catalog version the 'learn' command wrote from the dev split ships with its calibration. */
class LearnedCatalogTest {

  private static final String LEARNED = "catalog/flanders-s3-learned.yaml";

  @Test
  void loadsValidatesAndCarriesACalibrationFittedForIt() {
    DomainCatalog learned = new DomainCatalogLoader(TestEngine.ANALYZER).loadResource(LEARNED);
    DomainCatalog shipped =
        new DomainCatalogLoader(TestEngine.ANALYZER).loadResource(DomainCatalogLoader.FLANDERS_S3);

    assertThat(learned.version()).endsWith("-learned");
    assertThat(learned.domains()).hasSameSizeAs(shipped.domains());
    assertThat(CalibrationFiles.readResource(CalibrationFiles.besideCatalog(LEARNED)))
        .hasValueSatisfying(calibration -> assertThat(calibration.isFor(learned)).isTrue());
  }
}
