package be.s3domains.classifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints: the project version from the build information the Spring
 * Boot plugin writes into the jar, else the jar manifest's Implementation-Version.
 */
final class BuildVersion implements IVersionProvider {

  private static final String BUILD_INFO = "META-INF/build-info.properties";

  @Override
  public String[] getVersion() {
    Properties build = buildInfo();
    String version =
        build.getProperty(
            "build.version", BuildVersion.class.getPackage().getImplementationVersion());
    String line = "classifier-service " + (version == null ? "(version unknown)" : version);
    String time = build.getProperty("build.time");
    return new String[] {time == null ? line : line + ", built " + time};
  }

  private static Properties buildInfo() {
    Properties properties = new Properties();
    try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BUILD_INFO, e);
    }
    return properties;
  }
}
