package cn.onemap.ogc.ows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a service is: its name ("WFS", "WMS"), supported versions newest first, its operations by
 * name (matched case-insensitively, as clients vary) and its exception encoder. A new service (WMS)
 * plugs into {@link OwsDispatcher} by supplying one of these.
 */
public record ServiceDescriptor(
    String name,
    List<String> versions,
    Map<String, OperationHandler> operations,
    ExceptionEncoder exceptions) {

  public ServiceDescriptor {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("service " + name + " needs a version");
    }
    var ops = new TreeMap<String, OperationHandler>(String.CASE_INSENSITIVE_ORDER);
    ops.putAll(operations);
    operations = java.util.Collections.unmodifiableMap(ops);
  }

  public Optional<OperationHandler> operation(String name) {
    return Optional.ofNullable(operations.get(name));
  }

  public String newestVersion() {
    return versions.get(0);
  }
}
