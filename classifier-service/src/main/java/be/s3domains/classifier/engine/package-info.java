/**
 * The running engine behind the service: the classifier in use, swapped atomically when its catalog
 * file changes, its metrics and its configuration.
 */
package be.s3domains.classifier.engine;
