/**
 * Kafka in and out: proposals are read in batches, classified, and published as CloudEvents
 * domain-match events; what cannot be classified goes to the dead-letter topic with its reason.
 */
package be.s3domains.classifier.messaging;
