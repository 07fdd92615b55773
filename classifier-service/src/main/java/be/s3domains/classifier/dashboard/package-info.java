/**
 * The live dashboard: its own consumer of the domain-match events and dead letters, tallied and
 * streamed to the browser page by Server-Sent Events.
 */
package be.s3domains.classifier.dashboard;
