package cn.onemap.portal.imports;

import cn.onemap.core.GisException;
import java.util.Map;

/** No job with this id, or it belongs to someone else. */
class JobNotFoundException extends GisException {
  JobNotFoundException(String id) {
    super("JOB_NOT_FOUND", "no import job '" + id + "' of yours", Map.of("job", id), null);
  }
}
