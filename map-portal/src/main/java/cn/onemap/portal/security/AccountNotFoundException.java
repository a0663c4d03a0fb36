package cn.onemap.portal.security;

import cn.onemap.core.GisException;
import java.util.Map;

/** No user or API key of this name or id (404 {@code ACCOUNT_NOT_FOUND}). */
public class AccountNotFoundException extends GisException {
  AccountNotFoundException(String kind, String id) {
    super("ACCOUNT_NOT_FOUND", "no " + kind + " '" + id + "'", Map.of(kind, id), null);
  }
}
