package be.s3domains.classifier.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromium-driver, found on the PATH, started headless with a fresh profile
 * and nothing that reaches the network by itself.
 */
final class HeadlessChromium {

  private HeadlessChromium() {}

  /** Why no browser can be started here, or empty when one can. */
  static Optional<String> missing() {
    if (browser().isEmpty()) {
      return Optional.of("no chromium on the PATH (apt-get install chromium chromium-driver)");
    }
    if (executable("chromedriver").isEmpty()) {
      return Optional.of("no chromedriver on the PATH (apt-get install chromium-driver)");
    }
    return Optional.empty();
  }

  static ChromeDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser().orElseThrow().toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,800");
    File driver = executable("chromedriver").orElseThrow().toFile();
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
  }

  private static Optional<Path> browser() {
    return Stream.of("chromium", "chromium-browser")
        .map(HeadlessChromium::executable)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<Path> executable(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .filter(folder -> !folder.isBlank())
        .map(folder -> Path.of(folder, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
