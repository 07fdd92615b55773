package be.s3domains.classifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.s3domains.classifier.engine.ClassifierProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/** The security settings the service starts with, and those it refuses to start with. */
class ApiSecurityConfigurationTest {

  private final WebApplicationContextRunner service =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  SecurityAutoConfiguration.class,
                  ServletWebSecurityAutoConfiguration.class,
                  UserDetailsServiceAutoConfiguration.class,
                  OAuth2ResourceServerAutoConfiguration.class))
          .withUserConfiguration(ApiSecurityConfiguration.class, Settings.class);

  @Test
  void makesNoUserAndNoPasswordWhileAuthenticationIsOff() {
    service.run(
        started ->
            assertThat(started)
                .hasSingleBean(SecurityFilterChain.class)
                .doesNotHaveBean(UserDetailsService.class));
  }

  @Test
  void refusesToStartWithAuthenticationOnButNoKeyForTheTokens() {
    service
        .withPropertyValues(
            "classifier.api.auth.enabled=true",
            "spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE)
        .run(
            started ->
                assertThat(started)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
  }

  @Test
  void refusesToStartWithAuthenticationOnButNoAudience() {
    service
        .withPropertyValues(
            "classifier.api.auth.enabled=true",
            "spring.security.oauth2.resourceserver.jwt.public-key-location="
                + new TestTokens().publicKeyFile().toUri())
        .run(
            started ->
                assertThat(started)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences"));
  }

  @EnableConfigurationProperties(ClassifierProperties.class)
  static class Settings {}
}
