package be.s3domains.classifier.messaging;

import be.s3domains.classifier.ContainerImages;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The streaming scenarios on the apache/kafka image, or the one {@link ContainerImages#kafka()}
 * names. Runs with {@code -Ptestcontainers}; skipped where Docker is missing.
 */
@Testcontainers(disabledWithoutDocker = true)
class ScenariosOnKafkaContainerIT extends KafkaScenarios {

  @Container static final KafkaContainer KAFKA = new KafkaContainer(ContainerImages.kafka());

  @DynamicPropertySource
  static void broker(DynamicPropertyRegistry properties) {
    properties.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
  }
}
