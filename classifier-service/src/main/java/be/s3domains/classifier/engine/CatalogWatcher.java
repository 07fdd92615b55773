package be.s3domains.classifier.engine;

import be.s3domains.classifier.scoring.CalibrationFiles;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls the catalog and calibration files and swaps in a new classifier when they change. A change
 * is loaded only once it has settled ({@link SettledFiles}), so a file caught while it is being
 * written is never loaded; what is loaded are the bytes that were compared. A file that fails
 * validation is rejected with its errors logged; the classifier in use stays. So is a catalog
 * without a calibration fitted for it while the one in use has one, unless that is allowed: its
 * confidences would stop meaning what they say. Runs only when {@code classifier.catalog.path} is
 * set. Thread-safe.
 */
final class CatalogWatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CatalogWatcher.class);

  private final CurrentClassifier current;
  private final ClassifierLoader loader;
  private final Path catalog;
  private final Optional<Path> calibration;
  private final Duration interval;
  private final CatalogVersionGauge versions;
  private final boolean allowUncalibrated;
  private ScheduledExecutorService poller;
  private final SettledFiles files;

  CatalogWatcher(
      CurrentClassifier current,
      ClassifierLoader loader,
      Path catalog,
      Optional<Path> calibration,
      Duration interval,
      CatalogVersionGauge versions,
      boolean allowUncalibrated) {
    this.current = current;
    this.allowUncalibrated = allowUncalibrated;
    this.versions = versions;
    this.loader = loader;
    this.catalog = catalog;
    this.calibration = calibration;
    this.interval = interval;
    this.files = new SettledFiles(List.of(catalog, calibrationFile()));
  }

  /**
   * One poll: loads the files when they changed and two polls in a row found them the same; true if
   * a new classifier is in use.
   */
  synchronized boolean check() {
    return files.changed().map(this::load).orElse(false);
  }

  private boolean load(List<FileLook> looks) {
    Classifier previous = current.get();
    Classifier next;
    try {
      next =
          loader.load(
              catalog.toString(),
              looks
                  .get(0)
                  .content()
                  .orElseThrow(() -> new IllegalStateException("the file does not exist")),
              calibrationFile().toString(),
              looks.get(1).content());
    } catch (RuntimeException e) {
      log.error(
          "The changed catalog {} was rejected and version {} stays in use: {}",
          catalog,
          previous.catalogVersion(),
          e.getMessage());
      return false;
    }
    if (!next.calibration().isFitted() && previous.calibration().isFitted() && !allowUncalibrated) {
      log.error(
          "The changed catalog {} ({}) has no calibration fitted for it, so version {} stays in"
              + " use. Fit one with the 'calibrate' command and write it to {}, or set"
              + " classifier.catalog.allow-uncalibrated=true.",
          catalog,
          next.catalogVersion(),
          previous.catalogVersion(),
          calibrationFile());
      return false;
    }
    current.replace(next);
    versions.register(next.catalogVersion());
    log.info(
        "Catalog {} was reloaded: version {} replaces {}.",
        catalog,
        next.catalogVersion(),
        previous.catalogVersion());
    warnIfTheDeclaredVersionStayed(previous, next);
    return true;
  }

  private void warnIfTheDeclaredVersionStayed(Classifier previous, Classifier next) {
    String declared = next.scorer().catalog().version();
    if (declared.equals(previous.scorer().catalog().version())
        && !next.catalogVersion().equals(previous.catalogVersion())) {
      log.warn(
          "Catalog {} changed but still declares version {}; it is reported as {}, the version"
              + " followed by the start of its content hash. Give each change a version of its"
              + " own.",
          catalog,
          declared,
          next.catalogVersion());
    }
  }

  private Path calibrationFile() {
    return calibration.orElseGet(() -> Path.of(CalibrationFiles.besideCatalog(catalog.toString())));
  }

  private void poll() {
    try {
      check();
    } catch (UncheckedIOException e) {
      log.warn("Catalog {} could not be read; will look again: {}", catalog, e.getMessage());
    }
  }

  @Override
  public synchronized void start() {
    poller =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "catalog-watcher");
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    log.info("Watching catalog {} for changes every {}.", catalog, interval);
  }

  @Override
  public synchronized void stop() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return poller != null;
  }
}
