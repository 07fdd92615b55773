/**
 * The 'demo' profile: an in-process KRaft broker, the sample proposals fed through the service and
 * every result logged.
 */
package be.s3domains.classifier.demo;
