/**
 * The review queue of low-confidence batch rows and the aliases learned from a data steward's
 * confirmations and corrections, kept in two tables of the store's database (Flyway, history table
 * {@code address_schema_history}) or in memory.
 */
package cn.onemap.address.review;
