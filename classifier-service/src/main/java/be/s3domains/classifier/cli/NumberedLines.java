package be.s3domains.classifier.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The non-blank lines of a JSONL file with their line numbers, read one at a time so that memory
 * does not grow with the number of lines; "-" reads standard input. Lines are handed over as the
 * bytes they are, so that the input policy, not a decoder that replaces what it cannot read,
 * decides about bytes that are not UTF-8. Not thread-safe.
 */
final class NumberedLines implements Closeable {

  /**
   * @param bytes the line without its line break ({@code \n} or {@code \r\n})
   */
  record Line(int number, byte[] bytes) {}

  private final String source;
  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int number;

  private NumberedLines(String source, InputStream in) {
    this.source = source;
    this.in = new BufferedInputStream(in);
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
      for (byte[] bytes = readLine(); bytes != null; bytes = readLine()) {
        number++;
        if (!isBlank(bytes)) {
          return new Line(number, bytes);
        }
      }
      return null;
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  private byte[] readLine() throws IOException {
    line.reset();
    int b = in.read();
    if (b < 0) {
      return null;
    }
    while (b >= 0 && b != '\n') {
      line.write(b);
      b = in.read();
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    return length > 0 && bytes[length - 1] == '\r' ? Arrays.copyOf(bytes, length - 1) : bytes;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      in.close();
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
