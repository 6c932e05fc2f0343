package io.github.rocketcadsdk.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the builder accepts, and the errors it gives for what it does not. */
class BuilderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.therocketcad.com",
        "http://example.com:8080",
        "http://10.0.0.1",
        "http://128.0.0.1",
        "http://localhost.example.com"
      })
  void plainHttpRejectedOffLoopback(String baseUrl) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> RocketCadClient.builder().baseUrl(baseUrl).apiKey(TestKeys.KEY).build());

    assertTrue(error.getMessage().contains("plain HTTP"), error.getMessage());
    assertTrue(error.getMessage().contains("only for loopback hosts"), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://api.therocketcad.com",
        "https://api.therocketcad.com/",
        "http://127.0.0.1:4010",
        "http://127.1.2.3:4010/prefix",
        "http://localhost:4010",
        "http://[::1]:4010"
      })
  void httpsAndLoopbackAccepted(String baseUrl) {
    assertDoesNotThrow(
        () -> RocketCadClient.builder().baseUrl(baseUrl).apiKey(TestKeys.KEY).build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "api.therocketcad.com", "ftp://example.com", "https://", "https://x/?a=b"})
  void malformedBaseUrlRejected(String baseUrl) {
    assertThrows(
        IllegalArgumentException.class,
        () -> RocketCadClient.builder().baseUrl(baseUrl).apiKey(TestKeys.KEY).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:99999", "https://example.com:0"})
  void baseUrlOkHttpCannotParseRejected(String baseUrl) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> RocketCadClient.builder().baseUrl(baseUrl).apiKey("s3cret-key").build());

    assertTrue(error.getMessage().contains("is invalid"), error.getMessage());
    assertFalse(error.getMessage().contains("s3cret-key"), error.getMessage());
  }

  @Test
  void missingKeyRejected() {
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> RocketCadClient.builder().build());
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class, () -> RocketCadClient.builder().apiKey("").build());

    assertTrue(missing.getMessage().contains("API key is missing"), missing.getMessage());
    assertEquals(missing.getMessage(), empty.getMessage());
  }

  @Test
  void nonPositiveTimeoutsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RocketCadClient.builder().connectTimeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> RocketCadClient.builder().readTimeout(Duration.ofSeconds(-1)));
  }

  @Test
  void toStringMasksTheKey() {
    RocketCadClient client =
        RocketCadClient.builder().baseUrl("http://127.0.0.1:1").apiKey("s3cret-key").build();

    assertFalse(client.toString().contains("s3cret-key"), client.toString());
    assertTrue(client.toString().contains("****"), client.toString());
  }

  @Test
  void headerWithControlCharacterRejectedWithoutItsValue() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> RocketCadClient.builder().header("X-Token", "t0ken\r\nInjected: yes"));

    assertTrue(error.getMessage().contains("X-Token"), error.getMessage());
    assertFalse(error.getMessage().contains("t0ken"), error.getMessage());
  }

  @Test
  void retryPolicyRejectsInvalidLimits() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.of(2, Duration.ofMillis(-1), Duration.ZERO, Duration.ZERO));
  }
}
