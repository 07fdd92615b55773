package be.s3domains.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassifierCommandsTest {

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void printsTheProjectVersionInsteadOfStartingTheService(String option) {
    assertThat(ClassifierCommands.handles(new String[] {option})).isTrue();

    CommandRun run = CommandRun.of(option);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("classifier-service \\d+\\.\\d+\\.\\d+\\S*, built \\S+\\R");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--spring.kafka.bootstrap-servers=kafka:9092", "--server.port=8081"})
  void leavesServiceArgumentsToTheService(String argument) {
    assertThat(ClassifierCommands.handles(new String[] {argument})).isFalse();
  }

  @Test
  void helpSaysThatNoCommandStartsTheService() {
    CommandRun run = CommandRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().replaceAll("\\s+", " ")).contains("No command starts the service");
  }

  @Test
  void listsEachCommandWithAWholeSentence() {
    String help = CommandRun.of("--help").out();

    String classify =
        help.substring(help.indexOf("  classify "), help.indexOf("  calibrate ")).trim();
    assertThat(classify.replaceAll("\\s+", " ")).endsWith(".");
  }
}
