package be.s3domains.classifier.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The non-blank lines of a JSONL file with their line numbers; "-" reads standard input. */
record NumberedLines(List<Line> lines) {

  record Line(int number, String text) {}

  static NumberedLines read(Path file) {
    try (BufferedReader reader =
        file.toString().equals("-")
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Line> lines = new ArrayList<>();
      int number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        if (!text.isBlank()) {
          lines.add(new Line(number, text));
        }
      }
      return new NumberedLines(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
