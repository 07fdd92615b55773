package be.s3domains.classifier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.s3domains.classifier.EmbeddedBroker;
import be.s3domains.classifier.ServiceTest;
import be.s3domains.classifier.TestProposals;
import be.s3domains.classifier.contract.ClassificationJson;
import be.s3domains.classifier.scoring.Classification;
import be.s3domains.classifier.scoring.Evidence;
import be.s3domains.classifier.scoring.Proposal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard and the try page in a real headless Chromium against the whole service on the
 * embedded broker. Skipped, saying why, where chromium or chromium-driver is missing. The
 * screenshots go to {@code target/screenshots}, and to {@code docs/} with {@code
 * -Ddocs.screenshots=true}.
 */
@EmbeddedBroker
class DashboardBrowserIT extends ServiceTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser(@TempDir Path profile) {
    Optional<String> missing = HeadlessChromium.missing();
    assumeTrue(missing.isEmpty(), () -> "Browser test skipped: " + missing.orElse(""));
    browser = HeadlessChromium.start(profile);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void showsTheEventsCountsAndDeadLettersAsTheyArrive() throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 800));
    browser.get(url("/"));
    until(() -> browser.findElement(By.id("status")).getAttribute("class").contains("connected"));
    long before = number("events-count");
    String run = UUID.randomUUID().toString().substring(0, 8);
    Proposal energy = TestProposals.withId(TestProposals.heatPumpRenovation(), "energy-" + run);
    Proposal food = TestProposals.withId(TestProposals.dairyWasteInDutch(), "food-" + run);
    Proposal none = TestProposals.withId(TestProposals.unrelated(), "none-" + run);

    produce(
        Stream.of(energy, food, none)
            .map(p -> proposal(p.id(), TestProposals.json(p)))
            .collect(Collectors.toList()));
    produce(List.of(proposal("broken-" + run, "{ this is not json")));

    until(() -> listed(energy.id()) && listed(food.id()) && listed(none.id()));
    until(() -> number("events-count") >= before + 3);
    until(() -> !browser.findElements(By.cssSelector("#dead-letters [data-reason]")).isEmpty());
    assertThat(event(energy.id()).getText()).contains("primary: Building and energy");
    assertThat(event(food.id()).getText()).contains("primary: Food");
    assertThat(event(none.id()).getText()).contains("no domain");
    assertThat(count("energy")).isPositive();
    assertThat(count("none")).isPositive();
    assertThat(browser.findElement(By.id("catalog-version")).getText()).startsWith("0.1+");
    screenshot("dashboard.png");
    browser.manage().window().setSize(new Dimension(412, 915));
    screenshot("dashboard-phone.png");
  }

  static List<Proposal> proposalsInThreeLanguages() {
    return List.of(
        TestProposals.heatPumpRenovation(),
        TestProposals.dairyWasteInDutch(),
        TestProposals.heatPumpRenovationInFrench());
  }

  @ParameterizedTest
  @MethodSource("proposalsInThreeLanguages")
  void highlightsExactlyTheEvidenceSpansTheApiReturns(Proposal proposal) throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 800));
    browser.get(url("/try.html"));
    type("title", proposal.title());
    type("description", proposal.description());
    new Select(browser.findElement(By.id("language"))).selectByValue(proposal.language());
    browser.findElement(By.id("classify")).click();
    until(() -> browser.findElement(By.id("result")).isDisplayed());

    Classification expected =
        ClassificationJson.read(
            postJson(
                    "/api/v1/classifications",
                    TestProposals.json(proposal).getBytes(StandardCharsets.UTF_8))
                .body());
    Set<String> spans =
        expected.matches().stream()
            .flatMap(match -> match.evidence().stream())
            .filter(evidence -> "text".equals(evidence.field()))
            .map(DashboardBrowserIT::span)
            .collect(Collectors.toSet());
    List<WebElement> marks = browser.findElements(By.cssSelector("#highlighted mark"));
    assertThat(spans).isNotEmpty();
    assertThat(marks)
        .extracting(mark -> mark.getAttribute("data-start") + "-" + mark.getAttribute("data-end"))
        .containsExactlyInAnyOrderElementsOf(spans);
    for (WebElement mark : marks) {
      int start = Integer.parseInt(mark.getAttribute("data-start"));
      int end = Integer.parseInt(mark.getAttribute("data-end"));
      assertThat(mark.getText()).isEqualTo(proposal.text().substring(start, end));
    }
    assertThat(browser.findElement(By.id("summary")).getText())
        .contains("Language " + proposal.language());
    if (proposal.language().equals("nl")) {
      screenshot("try-a-proposal.png");
    }
  }

  @Test
  void saysWhyADomainWasNotAsserted() {
    browser.manage().window().setSize(new Dimension(1280, 800));
    browser.get(url("/try.html"));
    Proposal weak = TestProposals.weakEnergyHint();
    type("title", weak.title());
    type("description", weak.description());
    browser.findElement(By.id("classify")).click();
    until(() -> browser.findElement(By.id("result")).isDisplayed());

    assertThat(browser.findElement(By.id("summary")).getText()).contains("no domain");
    assertThat(
            browser
                .findElement(By.cssSelector("#not-asserted [data-domain='energy'] .why"))
                .getText())
        .matches("Not asserted: confidence 0\\.\\d\\d is under the threshold 0\\.\\d\\d\\.");
  }

  private static String span(Evidence evidence) {
    return evidence.start() + "-" + evidence.end();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static boolean listed(String proposalId) {
    return !browser
        .findElements(By.cssSelector("#latest li[data-proposal-id='" + proposalId + "']"))
        .isEmpty();
  }

  private static WebElement event(String proposalId) {
    return browser.findElement(By.cssSelector("#latest li[data-proposal-id='" + proposalId + "']"));
  }

  private static long count(String domain) {
    return Long.parseLong(
        browser
            .findElement(
                By.cssSelector("#domain-counts tr[data-domain='" + domain + "'] .since-start"))
            .getText());
  }

  private static long number(String id) {
    return Long.parseLong(browser.findElement(By.id(id)).getText());
  }

  private static void until(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, PATIENCE)
        .withMessage(DashboardBrowserIT::pageState)
        .until(driver -> condition.getAsBoolean());
  }

  /** What the page showed when a wait ran out, for the failure message. */
  private static String pageState() {
    return "status '"
        + browser.findElements(By.id("status")).stream().map(WebElement::getText).toList()
        + "', events '"
        + browser.findElements(By.id("events-count")).stream().map(WebElement::getText).toList()
        + "', latest "
        + browser.findElements(By.cssSelector("#latest li")).stream()
            .map(item -> item.getAttribute("data-proposal-id"))
            .limit(5)
            .toList();
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Path target = Path.of("target", "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, png);
    if (Boolean.getBoolean("docs.screenshots")) {
      Files.write(Path.of("..", "docs", name), png);
    }
  }
}
