/**
 * The One Map portal: a Spring Boot application that wires the framework-free libraries (gis-core
 * and the modules built on it) to HTTP. Packages by feature: {@code config} (store and settings),
 * {@code security} (accounts, API keys, layer access levels), {@code layers} (catalog and feature
 * REST API), {@code imports} (upload jobs), {@code web} (errors, health).
 */
package cn.onemap.portal;
