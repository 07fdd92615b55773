package be.s3domains.classifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * spring-kafka-test's in-process KRaft broker, one for all test classes that carry this annotation:
 * they share it and the Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmbeddedKafka(
    partitions = 3,
    bootstrapServersProperty = "spring.kafka.bootstrap-servers",
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "offsets.topic.replication.factor=1",
      "group.initial.rebalance.delay.ms=0"
    })
public @interface EmbeddedBroker {}
