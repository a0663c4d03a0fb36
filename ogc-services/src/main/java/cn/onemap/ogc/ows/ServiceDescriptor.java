package cn.onemap.ogc.ows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a service is: its name ("WFS", "WMS"), supported versions newest first, its operations by
 * name (matched case-insensitively, as clients vary) and its exception encoder. A new service (WMS)
 * plugs into {@link OwsDispatcher} by supplying one of these.
 *
 * @param operationVersions older versions single operations also accept, by operation name, though
 *     the service does not offer them in capabilities (QGIS sends WFS 1.0.0 Transactions to a WFS
 *     2.0 layer); empty for most services
 * @param versionRequired the operations whose KVP form must carry VERSION (WMS 1.3.0 §6.9.2:
 *     GetMap, GetFeatureInfo); the others get the newest version when it is absent
 */
public record ServiceDescriptor(
    String name,
    List<String> versions,
    Map<String, OperationHandler> operations,
    ExceptionEncoder exceptions,
    Map<String, List<String>> operationVersions,
    java.util.Set<String> versionRequired) {

  public ServiceDescriptor {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("service " + name + " needs a version");
    }
    var ops = new TreeMap<String, OperationHandler>(String.CASE_INSENSITIVE_ORDER);
    ops.putAll(operations);
    operations = java.util.Collections.unmodifiableMap(ops);
    var extra = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
    operationVersions.forEach((op, vs) -> extra.put(op, List.copyOf(vs)));
    operationVersions = java.util.Collections.unmodifiableMap(extra);
    var required = new java.util.TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
    required.addAll(versionRequired);
    versionRequired = java.util.Collections.unmodifiableSet(required);
  }

  /** A service whose operations accept exactly its versions, none requiring VERSION. */
  public ServiceDescriptor(
      String name,
      List<String> versions,
      Map<String, OperationHandler> operations,
      ExceptionEncoder exceptions) {
    this(name, versions, operations, exceptions, Map.of(), java.util.Set.of());
  }

  /** Whether {@code operation} accepts {@code version}: a service version or one of its own. */
  public boolean accepts(String operation, String version) {
    return versions.contains(version)
        || operationVersions.getOrDefault(operation, List.of()).contains(version);
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
