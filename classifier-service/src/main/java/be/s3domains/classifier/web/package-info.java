/** The REST API: classify one proposal synchronously, read the catalog in use. */
package be.s3domains.classifier.web;
