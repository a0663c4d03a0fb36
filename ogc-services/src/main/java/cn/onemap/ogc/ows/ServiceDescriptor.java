package cn.onemap.ogc.ows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a service is: its name ("WFS", "WMS"), supported versions newest first, its operations by
 * name (matched case-insensitively, as clients vary) and its exception encoder. A new service (WMS)
 * plugs into {@link OwsDispatcher} by supplying one of these. {@code versionRequired} names the
 * operations whose KVP form must carry VERSION (WMS 1.3.0 §6.9.2: GetMap, GetFeatureInfo); the
 * others get the newest version when it is absent.
 */
public record ServiceDescriptor(
    String name,
    List<String> versions,
    Map<String, OperationHandler> operations,
    ExceptionEncoder exceptions,
    java.util.Set<String> versionRequired) {

  public ServiceDescriptor(
      String name,
      List<String> versions,
      Map<String, OperationHandler> operations,
      ExceptionEncoder exceptions) {
    this(name, versions, operations, exceptions, java.util.Set.of());
  }

  public ServiceDescriptor {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("service " + name + " needs a version");
    }
    var ops = new TreeMap<String, OperationHandler>(String.CASE_INSENSITIVE_ORDER);
    ops.putAll(operations);
    operations = java.util.Collections.unmodifiableMap(ops);
    var required = new java.util.TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
    required.addAll(versionRequired);
    versionRequired = java.util.Collections.unmodifiableSet(required);
  }

  /** Whether a KVP request of this operation must name its VERSION. */
  public boolean versionRequired(String operation) {
    return versionRequired.contains(operation);
  }

  public Optional<OperationHandler> operation(String name) {
    return Optional.ofNullable(operations.get(name));
  }

  public String newestVersion() {
    return versions.get(0);
  }
}
