package be.s3domains.classifier.messaging;

import be.s3domains.classifier.contract.InputPolicy;
import be.s3domains.classifier.engine.Classifications;
import be.s3domains.classifier.engine.ClassifierProperties;
import be.s3domains.classifier.engine.ClassifierProperties.Delivery;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The streaming pipeline: topics, the producer (transactional in exactly-once mode), the batch
 * listener container and its error handling. Client settings come from {@code spring.kafka.*}.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

  private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;
  private static final int DEAD_LETTER_HEADER_ROOM = 64 * 1024;

  @Bean
  BrokerWait brokerWait(KafkaProperties kafka) {
    return new BrokerWait(kafka.getBootstrapServers());
  }

  @Bean
  KafkaAdmin.NewTopics classifierTopics(ClassifierProperties properties) {
    ClassifierProperties.Topics topics = properties.topics();
    return new KafkaAdmin.NewTopics(
        topic(topics.proposals(), topics),
        topic(topics.domainMatches(), topics),
        topic(topics.deadLetters(), topics));
  }

  private static NewTopic topic(String name, ClassifierProperties.Topics topics) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicas())
        .build();
  }

  /**
   * Exactly-once mode makes every producer transactional (idempotent, EOS v2 with the consumer).
   */
  @Bean
  DefaultKafkaProducerFactoryCustomizer deliveryMode(ClassifierProperties properties) {
    return producers -> {
      if (properties.delivery() == Delivery.EXACTLY_ONCE) {
        producers.setTransactionIdPrefix(properties.transactionIdPrefix());
      }
    };
  }

  /**
   * Static group membership for the listener's consumers (the only ones this factory makes): a
   * restarted instance with the same id takes its partitions back without a rebalance. Spring-kafka
   * appends each consumer thread's suffix ({@code -0}, {@code -1}, ...) to the id.
   */
  @Bean
  DefaultKafkaConsumerFactoryCustomizer staticMembership(ClassifierProperties properties) {
    return consumers -> {
      if (!properties.groupInstanceId().isBlank()) {
        consumers.updateConfigs(
            Map.of(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, properties.groupInstanceId()));
      }
    };
  }

  @Bean
  FencedListenerRestart fencedListenerRestart(KafkaListenerEndpointRegistry registry) {
    return new FencedListenerRestart(registry);
  }

  @Bean
  PredecessorFencing predecessorFencing(
      ProducerFactory<String, byte[]> producers, KafkaProperties kafka) {
    Integer concurrency = kafka.getListener().getConcurrency();
    return new PredecessorFencing(producers, concurrency == null ? 1 : concurrency);
  }

  @Bean
  KafkaTemplate<String, byte[]> kafkaTemplate(
      ProducerFactory<String, byte[]> producers, KafkaProperties kafka) {
    KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(producers);
    template.setObservationEnabled(kafka.getTemplate().isObservationEnabled());
    return template;
  }

  /**
   * Dead letters keep their value when it fits one producer request with room to spare for the
   * headers, which carry the exception's stack trace.
   */
  @Bean
  DeadLetters deadLetters(
      KafkaTemplate<String, byte[]> template,
      ProducerFactory<String, byte[]> producers,
      ClassifierProperties properties,
      InputPolicy inputPolicy,
      MeterRegistry meters) {
    Object maxRequest =
        producers
            .getConfigurationProperties()
            .getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, DEFAULT_MAX_REQUEST_SIZE);
    long maxValue = Long.parseLong(maxRequest.toString()) - DEAD_LETTER_HEADER_ROOM;
    return new DeadLetters(
        template,
        properties.topics().deadLetters(),
        maxValue,
        new ProposalRecords(inputPolicy),
        meters);
  }

  @Bean
  BatchWorkers batchWorkers(ClassifierProperties properties) {
    return new BatchWorkers(properties.analysis().threadCount());
  }

  @Bean
  ProposalListener proposalListener(
      Classifications classifications,
      DeadLetters deadLetters,
      KafkaTemplate<String, byte[]> template,
      ClassifierProperties properties,
      InputPolicy inputPolicy,
      MeterRegistry meters,
      BatchWorkers batchWorkers) {
    return new ProposalListener(
        new ProposalRecords(inputPolicy),
        classifications,
        new DomainMatchEvents(
            properties.topics().domainMatches(),
            properties.events().source(),
            properties.events().type()),
        deadLetters,
        template,
        meters,
        batchWorkers,
        properties.benchmark().passthrough());
  }

  /**
   * Boot's container settings ({@code spring.kafka.listener.*}) plus batch mode and the error
   * handling of the delivery mode: in exactly-once mode a failed batch is rolled back and the
   * after-rollback processor re-seeks it with back-off; at-least-once mode uses the common error
   * handler. Either way, once retries are exhausted the records go to the dead-letter topic.
   */
  @Bean
  ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumers,
      ProducerFactory<String, byte[]> producers,
      KafkaTemplate<String, byte[]> template,
      DeadLetters deadLetters,
      ClassifierProperties properties) {
    ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    configurer.configure(factory, consumers);
    factory.setBatchListener(true);
    ClassifierProperties.Retry retry = properties.retry();
    ExponentialBackOffWithMaxRetries backOff =
        new ExponentialBackOffWithMaxRetries(retry.maxRetries());
    backOff.setInitialInterval(retry.initialInterval().toMillis());
    backOff.setMultiplier(retry.multiplier());
    backOff.setMaxInterval(retry.maxInterval().toMillis());
    if (properties.delivery() == Delivery.EXACTLY_ONCE) {
      KafkaTransactionManager<String, byte[]> transactions =
          new KafkaTransactionManager<>(producers);
      // Lets the listener defer its metrics to the commit; no other resource joins these
      // transactions, which is why spring-kafka turns synchronization off by default.
      transactions.setTransactionSynchronization(
          AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
      factory.getContainerProperties().setKafkaAwareTransactionManager(transactions);
      // Without it, a batch that keeps failing is retried forever instead of being recovered.
      factory.getContainerProperties().setBatchRecoverAfterRollback(true);
      // A fenced container stops, and FencedListenerRestart starts it again from the committed
      // offsets, instead of polling on past the aborted batch.
      factory.getContainerProperties().setStopContainerWhenFenced(true);
      factory.setAfterRollbackProcessor(
          new DefaultAfterRollbackProcessor<>(deadLetters.recoverer(), backOff, template, true));
    } else {
      factory.setCommonErrorHandler(new DefaultErrorHandler(deadLetters.recoverer(), backOff));
    }
    return factory;
  }

  @Bean
  ListenerReadiness kafkaListenersHealthIndicator(KafkaListenerEndpointRegistry registry) {
    return new ListenerReadiness(registry);
  }
}
