package be.s3domains.classifier.messaging;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Up only while every listener container runs and they hold at least one partition between them;
 * part of the readiness group. An instance beyond the partition count is therefore not ready.
 */
final class ListenerReadiness implements HealthIndicator {

  private final KafkaListenerEndpointRegistry registry;

  ListenerReadiness(KafkaListenerEndpointRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Health health() {
    Collection<MessageListenerContainer> containers = registry.getListenerContainers();
    boolean running =
        !containers.isEmpty() && containers.stream().allMatch(MessageListenerContainer::isRunning);
    List<TopicPartition> assigned =
        containers.stream()
            .map(MessageListenerContainer::getAssignedPartitions)
            .filter(Objects::nonNull)
            .flatMap(Collection::stream)
            .toList();
    Health.Builder health = running && !assigned.isEmpty() ? Health.up() : Health.outOfService();
    return health
        .withDetail("running", running)
        .withDetail("assignedPartitions", assigned.size())
        .build();
  }
}
