package be.s3domains.classifier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * spring-kafka-test's in-process KRaft broker, with the settings of {@link EmbeddedBroker}, for a
 * test without a Spring context. It leaves the system properties as it found them, so the tests
 * that share the {@link EmbeddedBroker} keep seeing theirs.
 */
public final class StandaloneBroker implements AutoCloseable {

  private static final List<String> PROPERTIES_THE_BROKER_SETS =
      List.of("spring.kafka.bootstrap-servers", EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);

  private final EmbeddedKafkaKraftBroker broker;

  private StandaloneBroker(EmbeddedKafkaKraftBroker broker) {
    this.broker = broker;
  }

  /** Starts a broker with these topics. */
  public static StandaloneBroker start(int partitions, String... topics) {
    return start(Map.of(), partitions, topics);
  }

  /** Starts a broker with these topics and these broker settings added to the usual ones. */
  public static StandaloneBroker start(
      Map<String, String> settings, int partitions, String... topics) {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions, topics);
    Map<String, String> all =
        new HashMap<>(
            Map.of(
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "offsets.topic.replication.factor", "1",
                "group.initial.rebalance.delay.ms", "0"));
    all.putAll(settings);
    broker.brokerProperties(all);
    Map<String, String> before = new HashMap<>();
    PROPERTIES_THE_BROKER_SETS.forEach(name -> before.put(name, System.getProperty(name)));
    broker.afterPropertiesSet();
    before.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
    return new StandaloneBroker(broker);
  }

  public String bootstrapServers() {
    return broker.getBrokersAsString();
  }

  /** How many records of the topic the consumer group has not committed yet. */
  public long lag(String group, String topic) {
    return broker.doWithAdminFunction(admin -> lag(admin, group, topic));
  }

  private static long lag(Admin admin, String group, String topic) {
    Map<TopicPartition, OffsetAndMetadata> committed =
        get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    Map<TopicPartition, OffsetSpec> ends =
        get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().stream()
            .collect(
                Collectors.toMap(
                    partition -> new TopicPartition(topic, partition.partition()),
                    partition -> OffsetSpec.latest()));
    return get(admin.listOffsets(ends).all()).entrySet().stream()
        .mapToLong(
            end -> {
              OffsetAndMetadata done = committed.get(end.getKey());
              return end.getValue().offset() - (done == null ? 0 : done.offset());
            })
        .sum();
  }

  private static <T> T get(KafkaFuture<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Takes the broker away: it closes its listener and answers no client; the KRaft controller keeps
   * running, as a controller quorum of its own would, and the port and log directories are kept, so
   * {@link #restart()} brings back the same address with the same topics and data.
   */
  public void stop() {
    broker
        .getCluster()
        .brokers()
        .values()
        .forEach(
            server -> {
              server.shutdown();
              server.awaitShutdown();
            });
  }

  /**
   * Brings the broker back after {@link #stop()}, on the same log directories and the same port
   * (Kafka's test kit binds a listener whose socket was closed to the port it had).
   */
  public void restart() {
    broker.getCluster().brokers().values().forEach(BrokerServer::startup);
  }

  @Override
  public void close() {
    broker.destroy();
  }
}
