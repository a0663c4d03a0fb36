package cn.onemap.portal.security;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Authentication: HTTP Basic and API keys for systems, a session cookie (via {@code
 * /api/auth/login}) for the browser. Authorization by URL for roles; per-layer access levels are
 * enforced by {@link LayerAccess} inside every endpoint that returns layer data.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new DelegatingSecurityContextRepository(
        new RequestAttributeSecurityContextRepository(),
        new HttpSessionSecurityContextRepository());
  }

  /**
   * Checks user name and password for sign-in and Basic alike, behind the {@link LoginThrottle}: a
   * locked account or an attempt that comes too early is refused before the password is checked.
   */
  @Bean
  AuthenticationManager authenticationManager(AccountService accounts, LoginThrottle throttle) {
    return authentication -> {
      String name = authentication.getName();
      String password = String.valueOf(authentication.getCredentials());
      String address =
          authentication.getDetails() instanceof WebAuthenticationDetails details
              ? details.getRemoteAddress()
              : "unknown";
      boolean failuresOnRecord = throttle.check(name, address);
      Optional<Caller> checked = accounts.authenticate(name, password);
      if (checked.isEmpty()) {
        throttle.failed(name, address);
        throw new BadCredentialsException("wrong user name or password");
      }
      if (failuresOnRecord) {
        throttle.succeeded(name);
      }
      Caller caller = checked.get();
      var authorities =
          caller.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
      return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
    };
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      AccountService accounts,
      JsonErrors errors,
      AuthenticationManager authenticationManager,
      SecurityContextRepository contexts,
      CorsProperties cors,
      AllowedOrigins origins,
      ContentSources contentSources,
      KeyUse keyUse)
      throws Exception {
    http.csrf(csrf -> csrf.disable()) // replaced by ClientHeaderFilter: see its javadoc
        // Preflights are answered by the CORS filter before authentication.
        .cors(c -> c.configurationSource(new LiveCorsSource(origins, cors.maxAge())))
        .authenticationManager(authenticationManager)
        .securityContext(sc -> sc.securityContextRepository(contexts))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
        // No saved request for a refused call: it would open a session for anonymous clients.
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .httpBasic(
            basic ->
                // Basic is stateless: the caller is known for this request only, no session is
                // created (only the browser's sign-in opens one).
                basic
                    .securityContextRepository(new RequestAttributeSecurityContextRepository())
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          if (e instanceof LoginRefusedException refused) {
                            errors.refused(response, refused);
                          } else {
                            errors.write(
                                response, 401, "UNAUTHENTICATED", "wrong user name or password");
                          }
                        }))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                        (request, response, e) ->
                            errors.write(
                                response, 401, "UNAUTHENTICATED", "sign in or send an API key"))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            errors.write(
                                response, 403, "FORBIDDEN", "your roles do not allow this")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/logout")
                    .permitAll()
                    .requestMatchers("/error")
                    .permitAll()
                    // OGC POST requests (GetFeature, Transaction, GetMap): the services check layer
                    // access and edit rights per request, like their GET forms.
                    .requestMatchers(HttpMethod.POST, "/ows", "/wfs", "/wms")
                    .permitAll()
                    // Reads with a body (a buffer geometry, a thematic style's parameters): open
                    // like
                    // GET, the layer access check decides.
                    .requestMatchers(
                        HttpMethod.POST, "/api/layers/*/features/within", "/api/layers/*/thematic")
                    .permitAll()
                    .requestMatchers("/api/admin/**", "/api/tiles", "/api/tiles/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.POST, "/api/layers/*/import")
                    .hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
                    .requestMatchers("/api/jobs/**")
                    .authenticated()
                    // Batch geocoding needs a user or key; the review queue and engine refresh a
                    // data steward (EDITOR). Single-address geocoding stays open (rate-limited).
                    .requestMatchers("/api/geocode/review/**", "/api/geocode/review")
                    .hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
                    .requestMatchers(HttpMethod.POST, "/api/geocode/engine/refresh")
                    .hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
                    .requestMatchers("/api/geocode/batch", "/api/geocode/batch/**")
                    .authenticated()
                    // Cases carry reporters, positions and photos: signed-in callers only.
                    .requestMatchers("/api/cases", "/api/cases/**", "/api/tasks", "/api/tasks/**")
                    .authenticated()
                    // Patrol tracks say where a person was; parts inspection writes: signed in.
                    .requestMatchers("/api/patrols", "/api/patrols/**", "/api/parts/**")
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    // HEAD is GET without the body: the same answer, the same rules.
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(
            new ApiKeyFilter(accounts, errors, keyUse), BasicAuthenticationFilter.class)
        .addFilterAfter(new AccountStateFilter(accounts, errors), BasicAuthenticationFilter.class)
        .addFilterBefore(new ClientHeaderFilter(errors), ApiKeyFilter.class)
        .headers(
            // Our origin only, plus the tile hosts of a configured external base map.
            h -> h.addHeaderWriter(new ContentSecurityPolicy(contentSources)));
    return http.build();
  }
}
