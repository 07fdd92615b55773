/** The classifier service: batch commands and the streaming service over one engine. */
package be.s3domains.classifier;
