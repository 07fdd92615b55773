package be.s3domains.classifier.messaging;

import org.springframework.test.context.TestPropertySource;

/** Transient failures in at-least-once mode. */
@TestPropertySource(properties = "classifier.delivery=at-least-once")
class AtLeastOnceTransientFailureIT extends TransientFailureScenarios {}
