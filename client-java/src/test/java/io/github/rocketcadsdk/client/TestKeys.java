package io.github.rocketcadsdk.client;

/** Keys for tests that do not test the key itself. */
final class TestKeys {

  /**
   * A key long enough not to occur inside ordinary words: the client masks every occurrence of the
   * key in text the server sends, so a one-letter key would mask letters of messages.
   */
  static final String KEY = "test-key-0123";

  private TestKeys() {}
}
