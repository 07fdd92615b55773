package be.s3domains.classifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The executable jar running as an operating-system process of its own, the way it runs in
 * production, its output kept in a log file. Only its command line and the environment variables
 * given configure it: no profile or setting reaches it from the test's own environment.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final Path JAR = Path.of("target", "classifier-service.jar");

  private final Process process;
  private final Path log;

  private ServiceProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts the service with these arguments, in a JVM of at most 512 MB heap. */
  public static ServiceProcess start(Path log, List<String> arguments) throws IOException {
    return start(log, Map.of(), arguments);
  }

  /**
   * Starts the service with these arguments and these environment variables (the only {@code
   * SPRING_*} and {@code CLASSIFIER_*} ones it gets), in a JVM of at most 512 MB heap.
   */
  public static ServiceProcess start(
      Path log, Map<String, String> environment, List<String> arguments) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: `package` builds it");
    }
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", JAR.toString()));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CLASSIFIER_"));
    builder.environment().putAll(environment);
    return new ServiceProcess(builder.start(), log);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Ends the process the way a crash does: SIGKILL on Linux, so the JVM runs no shutdown hook, the
   * listener finishes no batch and no transaction is committed or aborted on the way out.
   */
  public void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The service process " + process.pid() + " outlived kill");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Path log() {
    return log;
  }

  /** The last lines the process wrote, for a failure message. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join(
          System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    kill();
  }
}
