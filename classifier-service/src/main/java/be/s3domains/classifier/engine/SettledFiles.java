package be.s3domains.classifier.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when watched files have changed and then stayed the same: a change counts once two looks in
 * a row found every file with the same {@link FileLook.Stamp} (real path after following links,
 * size, modification time and content hash). A file caught while it is being written therefore
 * never counts, as long as its writer does not pause for longer than the time between two looks. A
 * path that now leads to another file with the same content (a ConfigMap's {@code ..data} link
 * swapped to a copy) is taken note of, and is no change to load. Not thread-safe.
 */
final class SettledFiles {

  private static final Logger log = LoggerFactory.getLogger(SettledFiles.class);

  private final List<Path> files;
  private List<FileLook.Stamp> settled;
  private List<FileLook.Stamp> unsettled;

  /** Starts from the files as they are now. */
  SettledFiles(List<Path> files) {
    this.files = List.copyOf(files);
    this.settled = stamps(look());
  }

  /**
   * Looks at the files once. Returns them, in the order given, when their content changed since the
   * last settled look and this look found them as the one before; empty otherwise.
   */
  Optional<List<FileLook>> changed() {
    List<FileLook> now = look();
    List<FileLook.Stamp> stamps = stamps(now);
    if (stamps.equals(settled)) {
      unsettled = null;
      return Optional.empty();
    }
    if (!stamps.equals(unsettled)) {
      if (unsettled == null) {
        log.info("{} changed; waiting until two looks in a row find the same.", files);
      }
      unsettled = stamps;
      return Optional.empty();
    }
    unsettled = null;
    List<FileLook.Stamp> before = settled;
    settled = stamps;
    if (sameContent(before, stamps)) {
      log.info(
          "{} now lead to {}, with the same content.",
          files,
          stamps.stream().map(FileLook.Stamp::target).toList());
      return Optional.empty();
    }
    return Optional.of(now);
  }

  private List<FileLook> look() {
    return files.stream().map(FileLook::at).toList();
  }

  private static List<FileLook.Stamp> stamps(List<FileLook> looks) {
    return looks.stream().map(FileLook::stamp).toList();
  }

  private static boolean sameContent(List<FileLook.Stamp> before, List<FileLook.Stamp> now) {
    for (int i = 0; i < now.size(); i++) {
      if (!before.get(i).contentHash().equals(now.get(i).contentHash())) {
        return false;
      }
    }
    return true;
  }
}
