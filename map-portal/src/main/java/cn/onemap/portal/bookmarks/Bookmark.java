package cn.onemap.portal.bookmarks;

import java.time.Instant;

/**
 * One saved view.
 *
 * @param id the table's key
 * @param name what the user called it (1–{@value BookmarkTable#MAX_NAME} characters)
 * @param state the workbench's permalink state, as the page writes it in the URL hash (at most
 *     {@value BookmarkTable#MAX_STATE} characters)
 * @param created when it was saved
 */
public record Bookmark(long id, String name, String state, Instant created) {}
