package cn.onemap.portal.bookmarks;

import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's named bookmarks (saved workbench views). A user account only (not an API
 * key); every call sees the caller's own bookmarks only, so another user's id answers 404.
 */
@RestController
@Tag(name = "书签 Bookmarks")
class BookmarkController {
  private final BookmarkTable table;

  BookmarkController(BookmarkTable table) {
    this.table = table;
  }

  /** The body of a new bookmark. */
  record NewBookmark(String name, String state) {}

  @GetMapping("/api/me/bookmarks")
  @Operation(summary = "The caller's bookmarks, newest first")
  @ApiResponse(responseCode = "401", description = "not signed in")
  List<Bookmark> list() {
    return table.list(owner());
  }

  @PostMapping("/api/me/bookmarks")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Saves a view under a name (name 1–100 characters, state = the permalink hash, at most"
              + " 4000 characters; at most 200 bookmarks per user)")
  @ApiResponse(responseCode = "400", description = "name or state missing or too long")
  @ApiResponse(responseCode = "401", description = "not signed in")
  @ApiResponse(responseCode = "409", description = "the user already keeps 200 bookmarks")
  Bookmark create(@RequestBody NewBookmark body) {
    String owner = owner();
    if (body == null) {
      throw new BookmarkException(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "a JSON body is needed");
    }
    String name = body.name() == null ? "" : body.name().strip();
    if (name.isEmpty() || name.length() > BookmarkTable.MAX_NAME) {
      throw new BookmarkException(
          HttpStatus.BAD_REQUEST,
          "INVALID_BOOKMARK_NAME",
          "name must have 1 to " + BookmarkTable.MAX_NAME + " characters");
    }
    String state = body.state() == null ? "" : body.state().strip();
    if (state.isEmpty() || state.length() > BookmarkTable.MAX_STATE) {
      throw new BookmarkException(
          HttpStatus.BAD_REQUEST,
          "INVALID_BOOKMARK_STATE",
          "state must have 1 to " + BookmarkTable.MAX_STATE + " characters");
    }
    if (table.count(owner) >= BookmarkTable.MAX_PER_USER) {
      throw new BookmarkException(
          HttpStatus.CONFLICT,
          "TOO_MANY_BOOKMARKS",
          "at most " + BookmarkTable.MAX_PER_USER + " bookmarks per user: delete some first");
    }
    return table.insert(owner, name, state);
  }

  @DeleteMapping("/api/me/bookmarks/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes one of the caller's bookmarks")
  @ApiResponse(responseCode = "404", description = "the caller has no bookmark with that id")
  void delete(@PathVariable long id) {
    if (!table.delete(owner(), id)) {
      throw new BookmarkException(
          HttpStatus.NOT_FOUND, "BOOKMARK_NOT_FOUND", "you have no bookmark " + id);
    }
  }

  private static String owner() {
    Caller caller =
        Callers.current()
            .orElseThrow(
                () ->
                    new BookmarkException(
                        HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "sign in to keep bookmarks"));
    if (caller.apiKey()) {
      throw new BookmarkException(
          HttpStatus.FORBIDDEN, "FORBIDDEN", "bookmarks belong to user accounts, not API keys");
    }
    return caller.name();
  }

  @ExceptionHandler(BookmarkException.class)
  ResponseEntity<ApiError> refused(BookmarkException e) {
    return ResponseEntity.status(e.status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(e.code, e.getMessage(), Map.of()));
  }

  /** A refused bookmark call: its status and stable error code. */
  static final class BookmarkException extends RuntimeException {
    final HttpStatus status;
    final String code;

    BookmarkException(HttpStatus status, String code, String message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }
}
