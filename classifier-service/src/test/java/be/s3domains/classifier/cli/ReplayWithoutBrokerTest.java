package be.s3domains.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay command gives up after its patience when no broker answers, and says so, instead of
 * waiting for the Kafka clients' own one-minute defaults. The timeout here only guards against a
 * hang; it is ten times the patience.
 */
class ReplayWithoutBrokerTest {

  @ParameterizedTest(name = "dry run: {0}")
  @ValueSource(booleans = {false, true})
  void givesUpAfterItsPatienceNamingTheBroker(boolean dryRun) throws IOException {
    String servers = "localhost:" + closedPort();
    List<String> args =
        new ArrayList<>(List.of("replay", "--bootstrap-servers", servers, "--patience", "PT2S"));
    if (dryRun) {
      args.add("--dry-run");
    }

    CommandRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> CommandRun.of(args.toArray(String[]::new)));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Kafka at " + servers + " did not answer within PT2S");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
