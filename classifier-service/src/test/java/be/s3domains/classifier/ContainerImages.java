package be.s3domains.classifier;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/**
 * The images the container tests run, named by system property or environment variable: {@code
 * kafka.image} / {@code KAFKA_IMAGE} (default {@code apache/kafka:4.1.2}) and {@code service.image}
 * / {@code SERVICE_IMAGE} (no default: the service image is built here, never pulled). Where the
 * default Kafka image is not on the engine but the one {@code scripts/docker-images.sh} builds from
 * the Kafka jars is, that one is used rather than waiting minutes on a registry that may not
 * answer.
 */
public final class ContainerImages {

  private static final String PUBLIC_KAFKA = "apache/kafka:4.1.2";
  private static final String LOCAL_KAFKA = "s3-local/kafka:4.1.2";

  private ContainerImages() {}

  /** The Kafka image, standing in for apache/kafka. */
  public static DockerImageName kafka() {
    String name = setting("kafka.image", "KAFKA_IMAGE").orElse(PUBLIC_KAFKA);
    if (name.equals(PUBLIC_KAFKA) && !present(PUBLIC_KAFKA) && present(LOCAL_KAFKA)) {
      name = LOCAL_KAFKA;
    }
    return DockerImageName.parse(name).asCompatibleSubstituteFor("apache/kafka");
  }

  /** The service image, when one is named. */
  public static Optional<DockerImageName> service() {
    return setting("service.image", "SERVICE_IMAGE").map(DockerImageName::parse);
  }

  private static Optional<String> setting(String property, String variable) {
    return Optional.ofNullable(System.getProperty(property, System.getenv(variable)))
        .filter(name -> !name.isBlank());
  }

  private static boolean present(String image) {
    try {
      DockerClientFactory.instance().client().inspectImageCmd(image).exec();
      return true;
    } catch (RuntimeException notThere) {
      return false;
    }
  }
}
