package cn.onemap.workflow.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.RepositoryService;
import org.flowable.task.api.TaskInfo;

/**
 * The form of a task: its {@code formKey}'s schema {@code forms/<key>.json} in the deployment of
 * the task's process definition (so a case keeps the forms of the version it started with).
 * Compiled once per definition and key (a deployment never changes).
 */
public final class TaskForms {
  /** Where a form lives in a deployment. */
  public static String resource(String formKey) {
    return "forms/" + formKey + ".json";
  }

  private final RepositoryService repository;
  private final ConcurrentHashMap<String, Optional<FormSchema>> cache = new ConcurrentHashMap<>();

  public TaskForms(RepositoryService repository) {
    this.repository = repository;
  }

  /** The task's form; empty when its step has none (a version deployed before forms). */
  public Optional<FormSchema> of(TaskInfo task) {
    String key = task.getFormKey();
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(
        task.getProcessDefinitionId() + "|" + key, k -> load(task.getProcessDefinitionId(), key));
  }

  private Optional<FormSchema> load(String definitionId, String key) {
    String deployment = repository.getProcessDefinition(definitionId).getDeploymentId();
    if (!repository.getDeploymentResourceNames(deployment).contains(resource(key))) {
      return Optional.empty();
    }
    try (InputStream in = repository.getResourceAsStream(deployment, resource(key))) {
      return Optional.of(FormSchema.compile(key, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
