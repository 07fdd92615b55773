package be.s3domains.classifier.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard's stream; the page itself is a static file ({@code static/index.html}).
 * Thread-safe.
 */
@RestController
@ConditionalOnProperty(name = "classifier.dashboard.enabled", matchIfMissing = true)
class DashboardController {

  private final DashboardStream stream;

  DashboardController(DashboardStream stream) {
    this.stream = stream;
  }

  @Operation(
      summary =
          "The live dashboard's view as Server-Sent Events ('view', JSON), one a second:"
              + " counts per domain, dead letters by reason, rate and the latest events")
  @GetMapping(path = "/api/v1/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream() {
    return stream.open();
  }
}
