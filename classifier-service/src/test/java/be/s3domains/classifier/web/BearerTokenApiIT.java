package be.s3domains.classifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.EmbeddedBroker;
import be.s3domains.classifier.ServiceTest;
import be.s3domains.classifier.TestProposals;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The API with {@code classifier.api.auth.enabled}: only a valid bearer token gets an answer. */
@EmbeddedBroker
@TestPropertySource(
    properties = {
      "classifier.api.auth.enabled=true",
      "spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE
    })
class BearerTokenApiIT extends ServiceTest {

  private static final TestTokens TOKENS = new TestTokens();

  @DynamicPropertySource
  static void tokenKey(DynamicPropertyRegistry properties) {
    properties.add(
        "spring.security.oauth2.resourceserver.jwt.public-key-location",
        () -> TOKENS.publicKeyFile().toUri().toString());
  }

  @Test
  void classifiesForAValidToken() {
    HttpResponse<String> answer = classify(TOKENS.valid());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"primaryDomain\":\"energy\"");
    assertThat(getWithToken("/api/v1/domains", TOKENS.valid()).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesARequestWithoutAToken() {
    HttpResponse<String> answer =
        postJson("/api/v1/classifications", json(TestProposals.heatPumpRenovation()));

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
    assertThat(get("/api/v1/domains").statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/dashboard/stream").statusCode()).isEqualTo(401);
  }

  @Test
  void refusesAnExpiredToken() {
    HttpResponse<String> answer = classify(TOKENS.expired());

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
  }

  @Test
  void refusesATokenForAnotherAudience() {
    assertThat(classify(TOKENS.forAudience("another-service")).statusCode()).isEqualTo(401);
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    assertThat(classify(new TestTokens().valid()).statusCode()).isEqualTo(401);
  }

  @Test
  void servesThePagesAndTheActuatorWithoutAToken() {
    assertThat(get("/").statusCode()).isEqualTo(200);
    assertThat(get("/try.html").statusCode()).isEqualTo(200);
    assertThat(get("/dashboard.js").statusCode()).isEqualTo(200);
    assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    assertThat(getManagement("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(getManagement("/actuator/prometheus").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> classify(String token) {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/classifications"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(json(TestProposals.heatPumpRenovation())))
            .build());
  }

  private HttpResponse<String> getWithToken(String path, String token) {
    return send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
  }

  private static byte[] json(be.s3domains.classifier.scoring.Proposal proposal) {
    return TestProposals.json(proposal).getBytes(StandardCharsets.UTF_8);
  }
}
