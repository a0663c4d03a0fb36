package cn.onemap.address.review;

import java.time.Instant;

/**
 * A learned alias: a normalized address text that means a standard address.
 *
 * @param text the normalized text (as {@code Normalizer} writes it)
 * @param code the standard address (or admin unit) it means
 * @param author the data steward who confirmed it
 * @param created when
 */
public record Alias(String text, String code, String author, Instant created) {}
