package be.s3domains.classifier.messaging;

import org.springframework.test.context.TestPropertySource;

/** Transient failures in exactly-once mode. */
@TestPropertySource(properties = "classifier.delivery=exactly-once")
class ExactlyOnceTransientFailureIT extends TransientFailureScenarios {}
