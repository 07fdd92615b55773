package be.s3domains.classifier.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The batch commands of the executable jar. */
@Command(
    name = "classifier-service",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Tags project proposals with smart-specialisation domains.",
    footer = {
      "",
      "No command starts the service: run the jar without a command (and with"
          + " --spring.kafka.bootstrap-servers=host:port) to consume proposals from Kafka and serve"
          + " the REST API and the dashboard."
    },
    subcommands = {
      ClassifyCommand.class,
      CalibrateCommand.class,
      EvaluateCommand.class,
      CompareCommand.class,
      CrossValidateCommand.class,
      LearnCommand.class,
      ReplayCommand.class
    })
public final class ClassifierCommands {

  private static final Set<String> COMMANDS =
      Set.of(
          "classify",
          "calibrate",
          "evaluate",
          "compare",
          "crossvalidate",
          "learn",
          "replay",
          "--help",
          "-h",
          "help",
          "--version",
          "-V");

  /** Whether the arguments ask for a batch command rather than the service. */
  public static boolean handles(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  public static int run(String... args) {
    return new CommandLine(new ClassifierCommands())
        .setExecutionExceptionHandler(
            (exception, command, parsed) -> {
              command.getErr().println("Error: " + exception.getMessage());
              return 1;
            })
        .execute(args);
  }
}
