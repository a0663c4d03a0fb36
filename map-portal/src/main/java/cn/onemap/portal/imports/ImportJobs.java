package cn.onemap.portal.imports;

import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.loaders.ImportFailedException;
import cn.onemap.loaders.ImportRequest;
import cn.onemap.loaders.Importer;
import cn.onemap.loaders.crs.CoordinateGuesser;
import cn.onemap.loaders.geocode.AddressGeocoder;
import cn.onemap.portal.jobs.Jobs;
import cn.onemap.portal.layers.LayerDataChanged;
import cn.onemap.portal.security.Caller;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs upload imports as background {@link Jobs}. Each import is one transaction in the store, so a
 * failed or cancelled job leaves its layer as it was; a committed one announces {@link
 * LayerDataChanged}. Rows of CSV files that have an address column but no coordinates are located
 * through the portal's {@link AddressGeocoder} (the address engine).
 */
@Service
class ImportJobs {
  private final Importer importer;
  private final Jobs jobs;
  private final ApplicationEventPublisher events;

  ImportJobs(
      FeatureStore store, Jobs jobs, AddressGeocoder geocoder, ApplicationEventPublisher events) {
    this.importer =
        new Importer(
            store,
            CrsRegistry.defaultRegistry(),
            CoordinateGuesser.meizhou(),
            Optional.of(geocoder));
    this.jobs = jobs;
    this.events = events;
    jobs.register(ImportJob.KIND, ImportJob.Detail.class, ImportJob::new);
  }

  ImportJob create(String layerId, Caller owner) {
    return jobs.create(owner, (id, dir) -> new ImportJob(id, layerId, owner.name(), dir));
  }

  void start(ImportJob job, Path file, Function<ImportRequest.Builder, ImportRequest> configure) {
    ImportRequest request =
        configure.apply(ImportRequest.builder(file, job.layerId).qcReport(job.qcReport()));
    jobs.start(
        job,
        () -> {
          try {
            job.report =
                JobView.ReportView.of(
                    importer.run(
                        request, p -> job.progress = JobView.ProgressView.of(p), job.cancel()));
          } catch (ImportFailedException e) {
            job.report = JobView.ReportView.of(e.report());
            throw e;
          }
          events.publishEvent(new LayerDataChanged(job.layerId));
        });
  }

  Optional<ImportJob> find(String id, Caller caller) {
    return jobs.find(id, caller, ImportJob.class);
  }

  /** Asks the import to stop, on whichever node runs it. */
  ImportJob cancel(ImportJob job) {
    return jobs.cancel(job);
  }

  void forget(ImportJob job) {
    jobs.forget(job);
  }
}
