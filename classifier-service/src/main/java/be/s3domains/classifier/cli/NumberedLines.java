package be.s3domains.classifier.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The non-blank lines of a JSONL file with their line numbers, read one at a time so that memory
 * does not grow with the number of lines; "-" reads standard input. Not thread-safe.
 */
final class NumberedLines implements Closeable {

  record Line(int number, String text) {}

  private final String source;
  private final BufferedReader reader;
  private int number;

  private NumberedLines(String source, InputStream in) {
    this.source = source;
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  static NumberedLines open(Path file) {
    try {
      return new NumberedLines(file.toString(), stream(file));
    } catch (IOException e) {
      throw cannotRead(file.toString(), e);
    }
  }

  /**
   * Like {@link #open}, with a progress bar over the bytes read: of the file's size, indeterminate
   * for standard input.
   */
  static NumberedLines openWithProgress(Path file, String task) {
    try {
      long size = isStandardInput(file) ? -1 : Files.size(file);
      return new NumberedLines(file.toString(), Progress.reading(task, stream(file), size));
    } catch (IOException e) {
      throw cannotRead(file.toString(), e);
    }
  }

  /** The next non-blank line, or null at the end of the input. */
  Line next() {
    try {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        if (!text.isBlank()) {
          return new Line(number, text);
        }
      }
      return null;
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  private static InputStream stream(Path file) throws IOException {
    return isStandardInput(file) ? System.in : Files.newInputStream(file);
  }

  private static boolean isStandardInput(Path file) {
    return file.toString().equals("-");
  }

  private static UncheckedIOException cannotRead(String source, IOException e) {
    return new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
  }
}
