package be.s3domains.classifier.messaging;

import be.s3domains.classifier.EmbeddedBroker;

/** The streaming scenarios on spring-kafka-test's in-process KRaft broker. */
@EmbeddedBroker
class ScenariosOnEmbeddedKafkaIT extends KafkaScenarios {}
