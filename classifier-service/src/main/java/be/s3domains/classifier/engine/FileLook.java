package be.s3domains.classifier.engine;

import be.s3domains.catalog.DomainCatalogLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * What one look at a watched file saw: its {@link Stamp} and its bytes. The path is followed
 * through every symbolic link, so a Kubernetes ConfigMap whose {@code ..data} link is swapped to a
 * new directory is seen as changed, and the bytes come from the file the stamp describes.
 *
 * @param content the file's bytes, empty when the file does not exist
 */
record FileLook(Stamp stamp, Optional<byte[]> content) {

  /**
   * Where a file's path leads and what was there; equal stamps mean the file stayed the same.
   *
   * @param target the real path once every link is followed, or the path itself when missing
   * @param size bytes, -1 when missing
   * @param modified last modification time, null when missing
   * @param contentHash SHA-256 of the bytes, empty when missing
   */
  record Stamp(Path target, long size, FileTime modified, String contentHash) {}

  static FileLook at(Path file) {
    try {
      Path target = file.toRealPath();
      BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
      byte[] content = Files.readAllBytes(target);
      Stamp stamp =
          new Stamp(
              target,
              attributes.size(),
              attributes.lastModifiedTime(),
              DomainCatalogLoader.contentHash(content));
      return new FileLook(stamp, Optional.of(content));
    } catch (NoSuchFileException e) {
      return new FileLook(new Stamp(file, -1, null, ""), Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
