package be.s3domains.classifier.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a batch command in-process and keeps what it wrote to standard output and error. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    return of(System.in, new ByteArrayOutputStream(), args);
  }

  /** Runs with the given standard input; standard error fills {@code err} while the run goes. */
  static synchronized CommandRun of(InputStream in, ByteArrayOutputStream err, String... args) {
    InputStream originalIn = System.in;
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setIn(in);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exitCode = ClassifierCommands.run(args);
      return new CommandRun(
          exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(originalIn);
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }
}
