/**
 * The 'demo' profile: an in-process KRaft broker, the sample proposals fed through the service and
 * a summary of the results logged.
 */
package be.s3domains.classifier.demo;
