package be.s3domains.classifier.web;

import be.s3domains.classifier.engine.ClassifierProperties;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call the service over HTTP. With {@code classifier.api.auth.enabled} the API and the
 * dashboard's stream need a valid bearer token (a JWT whose signature, expiry and audience Spring
 * Boot's resource-server settings check), while the static pages, the OpenAPI description and the
 * actuator on its own port stay open: the pages hold no data, and the management port is kept apart
 * by the network. Without it no request passes through a security filter chain: no login page, no
 * generated password, no added header; only Spring Security's request firewall stays in front.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class ApiSecurityConfiguration {

  /** The pages and the API description: they hold no data. */
  private static final String[] OPEN_PATHS = {
    "/",
    "/index.html",
    "/try.html",
    "/*.js",
    "/*.css",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**"
  };

  @Bean
  SecurityFilterChain httpSecurity(
      HttpSecurity http,
      ClassifierProperties properties,
      OAuth2ResourceServerProperties resourceServer,
      ObjectProvider<JwtDecoder> decoder)
      throws Exception {
    if (!properties.api().auth().enabled()) {
      return http.securityMatcher(request -> false).build();
    }
    requireKeyAndAudience(resourceServer, decoder);
    return bearerTokenRequired(http);
  }

  private static SecurityFilterChain bearerTokenRequired(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(EndpointRequest.toAnyEndpoint())
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, OPEN_PATHS)
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Bearer tokens travel in a header a browser never adds by itself: no CSRF to guard.
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  private static void requireKeyAndAudience(
      OAuth2ResourceServerProperties resourceServer, ObjectProvider<JwtDecoder> decoder) {
    if (decoder.getIfAvailable() == null) {
      throw new IllegalStateException(
          "classifier.api.auth.enabled=true needs the tokens' key: set"
              + " spring.security.oauth2.resourceserver.jwt.issuer-uri, .jwk-set-uri or"
              + " .public-key-location");
    }
    if (resourceServer.getJwt().getAudiences().isEmpty()) {
      throw new IllegalStateException(
          "classifier.api.auth.enabled=true needs the audience the tokens must name: set"
              + " spring.security.oauth2.resourceserver.jwt.audiences");
    }
  }
}
