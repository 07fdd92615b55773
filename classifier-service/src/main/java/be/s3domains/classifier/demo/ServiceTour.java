package be.s3domains.classifier.demo;

import be.s3domains.classifier.contract.ClassificationJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Shows the REST API (one good and one bad request) and the service's own counters: in full with
 * {@code classifier.demo.print-events}, else one line each. Used by one thread.
 */
final class ServiceTour {

  private static final Logger log = LoggerFactory.getLogger(ServiceTour.class);

  private final Environment environment;
  private final boolean inFull;

  ServiceTour(Environment environment, boolean inFull) {
    this.environment = environment;
    this.inFull = inFull;
  }

  void showRest() throws IOException, InterruptedException {
    String body =
        """
        {"id":"rest-1","title":"Heat pumps for terraced houses","description":"We combine \
        building renovation with heat pumps and connect the homes to a smart grid."}""";
    HttpResponse<String> answer = post("/api/v1/classifications", body);
    HttpResponse<String> problem = post("/api/v1/classifications", "{\"id\":\"rest-2\"}");
    if (inFull) {
      log.info("REST POST /api/v1/classifications -> {} {}", answer.statusCode(), answer.body());
      log.info("REST POST without text -> {} {}", problem.statusCode(), problem.body());
    } else {
      log.info(
          "REST: POST /api/v1/classifications answered {} (primary domain {}), without a text {}.",
          answer.statusCode(),
          ClassificationJson.read(answer.body()).primaryDomain(),
          problem.statusCode());
    }
  }

  void showMetrics() throws IOException, InterruptedException {
    if (!inFull) {
      log.info("Metrics: {}/actuator/prometheus", managementBase());
      return;
    }
    HttpResponse<String> scrape =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(managementBase() + "/actuator/prometheus"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    scrape
        .body()
        .lines()
        .filter(
            line ->
                line.startsWith("classifier_proposals_classified_total")
                    || line.startsWith("classifier_dead_letters_total"))
        .forEach(line -> log.info("METRIC {}", line));
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  String base() {
    return "http://localhost:" + environment.getProperty("local.server.port", "8080");
  }

  /** Where the actuator listens: its own port (management.server.port). */
  private String managementBase() {
    return "http://localhost:" + environment.getProperty("local.management.port", "8081");
  }
}
