package be.s3domains.classifier.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Bearer tokens signed with an RSA key made for the test run, as an authorization server would
 * issue them; the service is given the key's public half.
 */
final class TestTokens {

  static final String AUDIENCE = "s3-domain-classifier";

  private final KeyPair key = newKey();

  /** A token for this audience, issued a minute ago and valid for ten more. */
  String valid() {
    return signed(AUDIENCE, Instant.now().minus(Duration.ofMinutes(1)), Duration.ofMinutes(11));
  }

  /** A token that expired five minutes ago, beyond any clock skew allowed. */
  String expired() {
    return signed(AUDIENCE, Instant.now().minus(Duration.ofMinutes(15)), Duration.ofMinutes(10));
  }

  /** A valid token, but for another service. */
  String forAudience(String audience) {
    return signed(audience, Instant.now().minus(Duration.ofMinutes(1)), Duration.ofMinutes(11));
  }

  /** The public key in PEM, written to a file as a deployment would mount it. */
  Path publicKeyFile() {
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(key.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    try {
      Path file = Files.createTempFile("classifier-token-key", ".pem");
      file.toFile().deleteOnExit();
      return Files.writeString(file, pem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String signed(String audience, Instant issued, Duration validFor) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("https://login.example.org")
            .subject("reviewer-1")
            .audience(audience)
            .issueTime(Date.from(issued))
            .expirationTime(Date.from(issued.plus(validFor)))
            .build();
    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      token.sign(new RSASSASigner(key.getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return token.serialize();
  }

  private static KeyPair newKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
