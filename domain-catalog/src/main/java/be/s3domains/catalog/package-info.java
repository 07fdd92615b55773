/**
 * The smart-specialisation domain profiles as data: the records that model them, loading and
 * validation.
 */
package be.s3domains.catalog;
