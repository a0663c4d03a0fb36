package cn.onemap.portal.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on reading request bodies, under {@code onemap.request-body.*}, so that slow clients
 * cannot hold the request threads.
 *
 * @param minRate the slowest average rate a body may arrive at, once the grace period is over
 * @param grace how long a body may take before its rate is checked
 * @param readTimeout the longest a single read may wait for data (Tomcat's {@code
 *     connectionUploadTimeout})
 * @param maxConcurrent requests that may read a body at the same time; it must stay below the
 *     request thread pool, so health checks and GETs always find a thread
 */
@ConfigurationProperties("onemap.request-body")
public record RequestBodyProperties(
    @DefaultValue("8KB") DataSize minRate,
    @DefaultValue("10s") Duration grace,
    @DefaultValue("20s") Duration readTimeout,
    @DefaultValue("100") int maxConcurrent) {}
