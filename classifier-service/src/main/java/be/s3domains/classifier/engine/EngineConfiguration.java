package be.s3domains.classifier.engine;

import be.s3domains.classifier.contract.InputPolicy;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import be.s3domains.classifier.scoring.ScoringSettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the catalog once, watches it when it is a file, and exposes its version. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassifierProperties.class)
class EngineConfiguration {

  @Bean
  ClassifierLoader classifierLoader(ClassifierProperties properties) {
    ClassifierProperties.Analysis analysis = properties.analysis();
    return new ClassifierLoader(
        analysis.tokenizer(),
        analysis.detectionPrefix(),
        ScoringSettings.DEFAULTS.withMaxChars(properties.maxChars()),
        Clock.systemUTC());
  }

  @Bean
  CurrentClassifier currentClassifier(ClassifierLoader loader, ClassifierProperties properties) {
    ClassifierProperties.Catalog catalog = properties.catalog();
    Classifier classifier = loader.load(catalog.file(), catalog.calibrationFile());
    EngineWarmUp.run(classifier, properties.analysis().warmUp());
    return new CurrentClassifier(
        classifier, catalog.file().map(Object::toString).orElse("bundled"));
  }

  /** The input policy the Kafka listener and the REST API share (the commands build their own). */
  @Bean
  InputPolicy inputPolicy(ClassifierProperties properties) {
    return new InputPolicy(properties.maxRecordSize().toBytes());
  }

  @Bean
  Classifications classifications(CurrentClassifier classifier, MeterRegistry meters) {
    return new Classifications(classifier, meters);
  }

  @Bean
  CatalogVersionGauge catalogVersionGauge(CurrentClassifier classifier, MeterRegistry meters) {
    CatalogVersionGauge gauge = new CatalogVersionGauge(classifier, meters);
    gauge.register(classifier.get().catalogVersion());
    return gauge;
  }

  @Bean
  @ConditionalOnProperty("classifier.catalog.path")
  CatalogWatcher catalogWatcher(
      CurrentClassifier classifier,
      ClassifierLoader loader,
      ClassifierProperties properties,
      CatalogVersionGauge versions) {
    ClassifierProperties.Catalog catalog = properties.catalog();
    return new CatalogWatcher(
        classifier,
        loader,
        catalog.file().orElseThrow(),
        catalog.calibrationFile(),
        catalog.reloadInterval(),
        versions,
        catalog.allowUncalibrated());
  }

  /**
   * Every meter carries the catalog version the process started with, except the outcome meters of
   * Classifications, which carry the version behind each result; see also CatalogVersionGauge.
   */
  @Bean
  MeterRegistryCustomizer<MeterRegistry> catalogVersionTag(CurrentClassifier classifier) {
    String startVersion = classifier.get().catalogVersion();
    return registry ->
        registry.config().commonTags(Classifications.CATALOG_VERSION_TAG, startVersion);
  }

  @Bean
  MeterBinder catalogCalibratedGauge(CurrentClassifier classifier) {
    return registry ->
        Gauge.builder(
                "classifier.catalog.calibrated",
                classifier,
                current -> current.get().calibration().isFitted() ? 1 : 0)
            .description("1 while the catalog in use has a calibration fitted for it")
            .register(registry);
  }

  @Bean
  InfoContributor catalogInfo(CurrentClassifier classifier) {
    return builder -> {
      Classifier current = classifier.get();
      builder.withDetail(
          "catalog",
          Map.of(
              "version", current.catalogVersion(),
              "calibrated", current.calibration().isFitted(),
              "source", classifier.source(),
              "domains", current.scorer().catalog().domains().size()));
    };
  }
}
