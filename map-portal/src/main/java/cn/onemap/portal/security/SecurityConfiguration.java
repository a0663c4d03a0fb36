package cn.onemap.portal.security;

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

  @Bean
  AuthenticationManager authenticationManager(AccountService accounts) {
    return authentication -> {
      String name = authentication.getName();
      String password = String.valueOf(authentication.getCredentials());
      Caller caller =
          accounts
              .authenticate(name, password)
              .orElseThrow(() -> new BadCredentialsException("wrong user name or password"));
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
      SecurityContextRepository contexts)
      throws Exception {
    http.csrf(csrf -> csrf.disable()) // replaced by ClientHeaderFilter: see its javadoc
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
                        (request, response, e) ->
                            errors.write(
                                response, 401, "UNAUTHENTICATED", "wrong user name or password")))
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
                    .requestMatchers("/api/admin/**")
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
                    .requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(new ApiKeyFilter(accounts, errors), BasicAuthenticationFilter.class)
        .addFilterBefore(new ClientHeaderFilter(errors), ApiKeyFilter.class)
        .headers(
            h ->
                h.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data: blob:; style-src 'self'"
                                + " 'unsafe-inline'; frame-ancestors 'none'")));
    return http.build();
  }
}
