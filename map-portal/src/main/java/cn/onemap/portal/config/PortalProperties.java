package cn.onemap.portal.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code onemap.*}.
 *
 * @param store {@code h2gis} (embedded, default) or {@code postgis}
 * @param dataDir where the embedded database and job files live
 * @param sampleCity {@code small}, {@code large} or {@code none}: loaded on first start when the
 *     catalog is empty
 * @param geocode the address engine's HTTP limits and refresh
 * @param jobs where background jobs keep their files and how nodes watch each other's jobs
 * @param proxy the reverse proxies (load balancers) whose forwarding headers are believed
 * @param tiles the tile cache, its invalidation and seeding
 */
@ConfigurationProperties("onemap")
public record PortalProperties(
    @DefaultValue("h2gis") String store,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("small") String sampleCity,
    @DefaultValue Postgis postgis,
    @DefaultValue Limits limits,
    @DefaultValue Security security,
    @DefaultValue Wms wms,
    @DefaultValue Geocode geocode,
    @DefaultValue Jobs jobs,
    @DefaultValue Proxy proxy,
    @DefaultValue Tiles tiles) {

  /** Connection to PostGIS when {@code store=postgis}. */
  public record Postgis(
      @DefaultValue("jdbc:postgresql://127.0.0.1:5432/onemap") String url,
      @DefaultValue("onemap") String user,
      @DefaultValue("") String password,
      @DefaultValue("16") int poolSize) {}

  /**
   * Per-request limits.
   *
   * @param maxFeatures most features of one page (REST, OGC API, WFS 2.0 COUNT)
   * @param unpagedMaxFeatures most features of one WFS 1.1.0 GetFeature, which clients do not page
   *     (a larger result is an exception report, never cut short)
   * @param heavyConcurrency feature-streaming reads (REST features, OGC API items, WFS GetFeature)
   *     at once; 0 means two per processor
   * @param heavyWait how long such a read waits for a slot before a 503 with Retry-After
   */
  public record Limits(
      @DefaultValue("100") int defaultFeatures,
      @DefaultValue("10000") int maxFeatures,
      @DefaultValue("60s") Duration queryTimeout,
      @DefaultValue("200000") int unpagedMaxFeatures,
      @DefaultValue("0") int heavyConcurrency,
      @DefaultValue("10s") Duration heavyWait) {}

  /**
   * @param initialAdminPassword password of the first admin account; when empty a random one is
   *     generated and printed once
   */
  public record Security(@DefaultValue("") String initialAdminPassword) {}

  /**
   * WMS styling, capabilities metadata and rendering limits.
   *
   * @param stylesDir named styles besides {@code default}, as {@code <dir>/<layerId>/<style>.sld};
   *     empty means {@code <dataDir>/styles}
   * @param sldAllowedHosts hosts from which {@code SLD=<url>} may be fetched; empty (the default)
   *     refuses every remote SLD (no server-side request forgery through the WMS)
   * @param keywords service KeywordList; empty means the built-in Meizhou keywords
   * @param contact ContactInformation; blank fields take the built-in placeholders
   * @param layerKeywords extra keywords per layer id ({@code
   *     onemap.wms.layer-keywords.roads=道路,交通})
   * @param metadataUrls MetadataURL (ISO 19115 record, http(s)) per layer id
   * @param maxSize largest GetMap WIDTH/HEIGHT for signed-in callers and API keys
   * @param anonymousMaxSize largest GetMap WIDTH/HEIGHT for anonymous callers
   * @param renderMemory heap all concurrent GetMap images may hold; 0 means a quarter of -Xmx
   * @param renderConcurrency renders at once; 0 means one per processor (at least 2)
   * @param renderWait how long a GetMap waits for memory or a slot before a 503 with Retry-After
   */
  public record Wms(
      @DefaultValue("") String stylesDir,
      @DefaultValue("") java.util.List<String> sldAllowedHosts,
      @DefaultValue("") java.util.List<String> keywords,
      @DefaultValue Contact contact,
      @DefaultValue java.util.Map<String, java.util.List<String>> layerKeywords,
      @DefaultValue java.util.Map<String, java.net.URI> metadataUrls,
      @DefaultValue("4096") int maxSize,
      @DefaultValue("2048") int anonymousMaxSize,
      @DefaultValue("0") DataSize renderMemory,
      @DefaultValue("0") int renderConcurrency,
      @DefaultValue("10s") Duration renderWait) {}

  /** The WMS contact ({@code onemap.wms.contact.*}); blank fields keep the placeholders. */
  public record Contact(
      @DefaultValue("") String person,
      @DefaultValue("") String organization,
      @DefaultValue("") String position,
      @DefaultValue("") String address,
      @DefaultValue("") String city,
      @DefaultValue("") String province,
      @DefaultValue("") String postCode,
      @DefaultValue("") String country,
      @DefaultValue("") String phone,
      @DefaultValue("") String email) {}

  /**
   * Geocoding limits.
   *
   * @param anonymousPerSecond single queries (geocode, reverse) an anonymous client IP may make per
   *     second, sustained; signed-in callers and API keys are not limited
   * @param anonymousBurst how many it may make at once before the rate applies
   * @param maxUpload largest batch upload
   * @param maxRows most rows of one batch
   * @param batchThreads geocoding threads of one batch (0: one per processor)
   * @param importMinConfidence an import locates a row from its address only at door level or finer
   *     with at least this confidence
   * @param refreshCheck how often to look for changes of the address layers made elsewhere (other
   *     nodes, WFS transactions) and rebuild the engine, and for aliases learned on other nodes
   */
  public record Geocode(
      @DefaultValue("5") double anonymousPerSecond,
      @DefaultValue("20") int anonymousBurst,
      @DefaultValue("100MB") DataSize maxUpload,
      @DefaultValue("1000000") long maxRows,
      @DefaultValue("0") int batchThreads,
      @DefaultValue("0.8") double importMinConfidence,
      @DefaultValue("2s") Duration refreshCheck) {}

  /**
   * Background jobs on one or more portal nodes.
   *
   * @param dir the jobs' files (uploads, results, QC reports); empty means {@code <dataDir>/jobs}.
   *     With several nodes it must be one directory they all share
   * @param nodeId this node's name in the job table; empty means {@code <host name>:<server port>}.
   *     It must stay the same across restarts (a restarting node fails the jobs it left running)
   * @param heartbeat how often a node writes its running jobs' progress and heartbeat (and sees
   *     cancel requests from other nodes)
   * @param staleAfter a running job whose heartbeat is older than this is failed: its node stopped
   * @param retention finished jobs (rows and files) are removed this long after they finished
   */
  public record Jobs(
      @DefaultValue("") String dir,
      @DefaultValue("") String nodeId,
      @DefaultValue("2s") Duration heartbeat,
      @DefaultValue("30s") Duration staleAfter,
      @DefaultValue("1d") Duration retention) {}

  /**
   * @param trusted addresses and IPv4 CIDR blocks of the reverse proxies in front of the portal;
   *     only requests from them have {@code X-Forwarded-For} (the rightmost hop that is not a
   *     trusted proxy is the client), {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}
   *     believed. Empty (the default) believes no one
   */
  public record Proxy(@DefaultValue("") java.util.List<String> trusted) {}

  /**
   * @param cacheDir the disk tile cache; empty means {@code <dataDir>/tiles}. Several nodes may
   *     share one (a network file system): files are written atomically and every node truncates
   *     from the database's change log
   * @param memoryMb memory for cached tiles
   * @param diskMb disk for cached tiles (least recently used files go first)
   * @param metatile tiles per metatile side (rendered together: labels cross tile edges whole)
   * @param reseedAfterEdit re-render, in the background, the cached tiles an edit truncated
   * @param invalidationPoll how often the change log is polled (edits on other nodes, loaders)
   * @param seedThreads threads of a seeding job
   */
  public record Tiles(
      @DefaultValue("") String cacheDir,
      @DefaultValue("256") long memoryMb,
      @DefaultValue("10240") long diskMb,
      @DefaultValue("4") int metatile,
      @DefaultValue("false") boolean reseedAfterEdit,
      @DefaultValue("250ms") Duration invalidationPoll,
      @DefaultValue("2") int seedThreads) {}
}
