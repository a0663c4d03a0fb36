package cn.onemap.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling, under {@code onemap.login.*}.
 *
 * @param freeFailures failed sign-ins of one account before each further attempt must wait
 * @param ipFreeFailures failed sign-ins from one client address before its attempts must wait
 * @param baseDelay the first wait; it doubles with every further failure
 * @param maxDelay the longest wait
 * @param lockoutFailures failed sign-ins after which an account is locked until an administrator
 *     unlocks it
 * @param window failures older than this are forgotten (a locked account stays locked)
 */
@ConfigurationProperties("onemap.login")
public record LoginProperties(
    @DefaultValue("3") int freeFailures,
    @DefaultValue("20") int ipFreeFailures,
    @DefaultValue("1s") Duration baseDelay,
    @DefaultValue("300s") Duration maxDelay,
    @DefaultValue("10") int lockoutFailures,
    @DefaultValue("15m") Duration window) {}
