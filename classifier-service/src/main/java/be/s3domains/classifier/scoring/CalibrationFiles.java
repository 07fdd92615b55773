package be.s3domains.classifier.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes calibration files: JSON kept beside the catalog, named like it with the
 * extension {@code .calibration.json}. A file written before calibrations recorded their score
 * formula reads as formula version 0, which no classifier accepts. Thread-safe.
 */
public final class CalibrationFiles {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(
              SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private CalibrationFiles() {}

  /** The calibration file that belongs beside a catalog file or resource name. */
  public static String besideCatalog(String catalog) {
    return catalog.replaceFirst("\\.(ya?ml|json)$", "") + ".calibration.json";
  }

  public static Optional<Calibration> read(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), Calibration.class));
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "Calibration file " + file + " is not valid: " + e.getOriginalMessage(), e);
    }
  }

  public static Optional<Calibration> readResource(String resource) {
    try (InputStream in = CalibrationFiles.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, Calibration.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read calibration resource " + resource, e);
    }
  }

  public static void write(Calibration calibration, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      JSON.writeValue(file.toFile(), calibration);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write calibration file " + file, e);
    }
  }
}
