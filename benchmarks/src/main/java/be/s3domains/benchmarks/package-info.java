/** JMH benchmarks of the classification engine's per-document cost. */
package be.s3domains.benchmarks;
