package be.s3domains.classifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.catalog.DomainCatalog;
import be.s3domains.classifier.TestEngine;
import be.s3domains.classifier.scoring.Calibration;
import be.s3domains.classifier.scoring.CalibrationFiles;
import be.s3domains.classifier.scoring.Classifier;
import be.s3domains.classifier.scoring.DomainCalibration;
import be.s3domains.classifier.scoring.ScoreFormula;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
    return watcher(catalog, Duration.ofDays(1), allowUncalibrated);
  }

  private CatalogWatcher watcher(Path file, Duration interval, boolean allowUncalibrated) {
    return new CatalogWatcher(
        current,
        TestEngine.loader(),
        file,
        Optional.empty(),
        interval,
        new CatalogVersionGauge(current, meters),
        allowUncalibrated);
  }

  /** Two polls: a change is loaded once two polls in a row saw the same files. */
  private static boolean settle(CatalogWatcher watcher) {
    return watcher.check() | watcher.check();
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

    assertThat(watcher.check()).as("the first look sees the change").isFalse();
    assertThat(watcher.check()).as("the second look finds it settled").isTrue();

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
    settle(watcher);
    var calibrated = current.get();
    assertThat(calibrated.calibration().isFitted()).isTrue();

    Files.writeString(catalog, original.replace("heat pump: 1.0", "heat pump: 0.9"));

    assertThat(settle(watcher)).as("no calibration fits the changed catalog").isFalse();
    assertThat(current.get()).isSameAs(calibrated);

    calibrateTheCatalogFile();

    assertThat(settle(watcher)).isTrue();
    assertThat(current.get().calibration().isFitted()).isTrue();
    assertThat(current.get()).isNotSameAs(calibrated);
  }

  @Test
  void swapsInAnUncalibratedCatalogWhenThatIsAllowed() throws IOException {
    calibrateTheCatalogFile();
    settle(watcher);
    CatalogWatcher allowing = watcher(true);

    Files.writeString(catalog, original.replace("heat pump: 1.0", "heat pump: 0.9"));

    assertThat(settle(allowing)).isTrue();
    assertThat(current.get().calibration().isFitted()).isFalse();
  }

  @Test
  void rejectsAnInvalidCatalogAndKeepsTheOldOne() throws IOException {
    var before = current.get();
    Files.writeString(catalog, original.replace("heat pump: 1.0", "heat pump: 7.5"));

    assertThat(settle(watcher)).isFalse();
    assertThat(current.get()).isSameAs(before);
  }

  @Test
  void aChangedFileThatKeepsItsDeclaredVersionIsReportedWithItsNewContentHash() throws IOException {
    String before = current.get().catalogVersion();
    Files.writeString(catalog, original.replace("heat pump: 1.0", "heat pump: 0.9"));

    assertThat(settle(watcher)).isTrue();

    assertThat(current.get().catalogVersion()).startsWith("0.1+").isNotEqualTo(before);
  }

  @Test
  void neverLoadsACatalogCaughtHalfWrittenAndLoadsItOnceWhole() throws Exception {
    String whole = original.replace("version: \"0.1\"", "version: \"0.2\"");
    String half = whole.substring(0, whole.indexOf("  - id: food"));
    assertThat(versionOf(half).scorer().catalog().domains())
        .as("the first half alone is a valid catalog, so only the watcher can keep it out")
        .hasSize(2);
    CatalogWatcher polling = watcher(catalog, Duration.ofMillis(500), true);
    polling.start();
    try {
      writeLineByLine(catalog, whole, Duration.ofMillis(10));
      waitUntil(() -> current.get().catalogVersion().startsWith("0.2+"), Duration.ofSeconds(10));
    } finally {
      polling.stop();
    }

    assertThat(current.get().scorer().catalog().domains()).hasSize(3);
    assertThat(versionsEverInUse())
        .as("the original and the whole new catalog, nothing in between")
        .containsExactlyInAnyOrder(
            versionOf(original).catalogVersion(), versionOf(whole).catalogVersion());
  }

  private static Classifier versionOf(String yaml) {
    return TestEngine.loader()
        .load("test", yaml.getBytes(StandardCharsets.UTF_8), "none", Optional.empty());
  }

  /**
   * Rewrites the file in place a line at a time, as a slow writer caught mid-way would leave it.
   */
  private static void writeLineByLine(Path file, String content, Duration pause)
      throws IOException, InterruptedException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      for (String line : content.split("(?<=\\n)")) {
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        Thread.sleep(pause.toMillis());
      }
    }
  }

  private static void waitUntil(BooleanSupplier condition, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private List<String> versionsEverInUse() {
    return meters.find("classifier.catalog.active").gauges().stream()
        .map(gauge -> gauge.getId().getTag("version"))
        .toList();
  }

  /**
   * Lays a catalog out as the kubelet mounts a ConfigMap: {@code mini.yaml -> ..data/mini.yaml} and
   * {@code ..data -> ..<timestamp>}, the directory holding the file. Returns the mounted path.
   */
  private Path configMap(String timestamped, String content) throws IOException {
    Path mount = Files.createDirectory(folder.resolve("configmap"));
    Files.writeString(
        Files.createDirectory(mount.resolve(timestamped)).resolve("mini.yaml"), content);
    Files.createSymbolicLink(mount.resolve("..data"), Path.of(timestamped));
    return Files.createSymbolicLink(mount.resolve("mini.yaml"), Path.of("..data", "mini.yaml"));
  }

  /**
   * The kubelet's update: a new directory, a new link renamed over {@code ..data}, old one gone.
   */
  private static void swapDataLink(Path mount, String timestamped, String content)
      throws IOException {
    Path old = mount.resolve("..data").toRealPath();
    Files.writeString(
        Files.createDirectory(mount.resolve(timestamped)).resolve("mini.yaml"), content);
    Path link = Files.createSymbolicLink(mount.resolve("..data_tmp"), Path.of(timestamped));
    Files.move(link, mount.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);
    Files.delete(old.resolve("mini.yaml"));
    Files.delete(old);
  }

  @Test
  void followsAConfigMapWhoseDataLinkIsSwappedToANewDirectory() throws IOException {
    Path mounted = configMap("..2026_01_01", original);
    CatalogWatcher watching = watcher(mounted, Duration.ofDays(1), false);

    swapDataLink(mounted.getParent(), "..2026_01_02", original.replace("0.1", "0.2"));

    assertThat(settle(watching)).isTrue();
    assertThat(current.get().catalogVersion()).startsWith("0.2+");
  }

  @Test
  void aDataLinkSwappedToTheSameContentKeepsTheClassifierInUse() throws IOException {
    Path mounted = configMap("..2026_01_01", original);
    CatalogWatcher watching = watcher(mounted, Duration.ofDays(1), false);
    var before = current.get();

    swapDataLink(mounted.getParent(), "..2026_01_02", original);

    assertThat(settle(watching)).isFalse();
    assertThat(current.get()).isSameAs(before);
  }
}
