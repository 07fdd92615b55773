package be.s3domains.classifier.engine;

import be.s3domains.classifier.scoring.CalibrationFiles;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.ClassifierLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls the catalog and calibration files and swaps in a new classifier when their content changes.
 * A file that fails validation is rejected with its errors logged; the classifier in use stays. So
 * is a catalog without a calibration fitted for it while the one in use has one, unless that is
 * allowed: its confidences would stop meaning what they say. Runs only when {@code
 * classifier.catalog.path} is set. Thread-safe.
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
  private String seen;

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
    this.seen = fingerprint();
  }

  /** Loads the files if their content changed since the last look; true if a new one is in use. */
  synchronized boolean check() {
    String now = fingerprint();
    if (now.equals(seen)) {
      return false;
    }
    seen = now;
    String previous = current.get().catalogVersion();
    Classifier next;
    try {
      next = loader.load(catalog, calibration.orElse(null));
    } catch (RuntimeException e) {
      log.error(
          "The changed catalog {} was rejected and version {} stays in use: {}",
          catalog,
          previous,
          e.getMessage());
      return false;
    }
    if (!next.calibration().isFitted()
        && current.get().calibration().isFitted()
        && !allowUncalibrated) {
      log.error(
          "The changed catalog {} ({}) has no calibration fitted for it, so version {} stays in"
              + " use. Fit one with the 'calibrate' command and write it to {}, or set"
              + " classifier.catalog.allow-uncalibrated=true.",
          catalog,
          next.catalogVersion(),
          previous,
          calibration.orElseGet(() -> calibrationBesideCatalog().orElseThrow()));
      return false;
    }
    current.replace(next);
    versions.register(next.catalogVersion());
    log.info(
        "Catalog {} was reloaded: version {} replaces {}.",
        catalog,
        next.catalogVersion(),
        previous);
    return true;
  }

  private String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(read(catalog));
      calibration.or(this::calibrationBesideCatalog).ifPresent(file -> digest.update(read(file)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private Optional<Path> calibrationBesideCatalog() {
    return Optional.of(Path.of(CalibrationFiles.besideCatalog(catalog.toString())));
  }

  private static byte[] read(Path file) {
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
