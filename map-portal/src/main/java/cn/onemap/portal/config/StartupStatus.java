package cn.onemap.portal.config;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether the portal is serving a complete catalog. The web server accepts requests while the
 * sample city is still being generated on a first start; health reports LOADING (with the current
 * step) until then, so load balancers, scripts and the map page wait instead of showing half a
 * city. The start-up runners in order: {@code SampleCityLoader}, {@code GeocoderStartup}, then
 * {@link StartupComplete} turns it UP.
 */
@Component
public class StartupStatus {
  public enum State {
    LOADING,
    UP,
    FAILED
  }

  // LOADING from the moment the web server accepts requests until the last start-up runner
  // (StartupComplete) has run: the sample city and the address engine are loaded by then.
  private volatile State state = State.LOADING;
  private volatile String step = "starting";

  public State state() {
    return state;
  }

  /** What the first-start generation is doing, while it runs or after it failed. */
  public Optional<String> step() {
    return Optional.ofNullable(step);
  }

  public void loading(String currentStep) {
    step = currentStep;
    state = State.LOADING;
  }

  public void up() {
    step = null;
    state = State.UP;
  }

  public void failed(String reason) {
    step = reason;
    state = State.FAILED;
  }
}
