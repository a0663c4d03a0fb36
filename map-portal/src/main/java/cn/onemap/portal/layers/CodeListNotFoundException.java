package cn.onemap.portal.layers;

import cn.onemap.core.GisException;
import java.util.Map;

/** No code list has the id: 404. */
class CodeListNotFoundException extends GisException {
  CodeListNotFoundException(String id) {
    super("CODE_LIST_NOT_FOUND", "no code list '" + id + "'", Map.of("codeList", id), null);
  }
}
