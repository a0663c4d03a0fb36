package cn.onemap.core.feature;

import java.util.Objects;
import java.util.Optional;

/**
 * Who edits and why; recorded on every version an edit batch writes.
 *
 * @param author user name or API key name; required, so that every version is attributable
 * @param reason free text such as "2026年管线普查更新"; optional
 */
public record EditContext(String author, Optional<String> reason) {
  public EditContext {
    Objects.requireNonNull(author, "author");
    if (author.isBlank() || author.length() > 100) {
      throw new IllegalArgumentException("author must be 1-100 characters");
    }
    if (reason.map(r -> r.length() > 500).orElse(false)) {
      throw new IllegalArgumentException("reason must be at most 500 characters");
    }
  }

  public static EditContext by(String author) {
    return new EditContext(author, Optional.empty());
  }

  public static EditContext by(String author, String reason) {
    return new EditContext(author, Optional.ofNullable(reason));
  }
}
