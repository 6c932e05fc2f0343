package io.github.rocketcadsdk.client;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A RocketCAD API key, kept out of every string the client produces.
 *
 * <p>{@link #toString()} returns a mask. The key leaves this class only as the percent-encoded
 * {@code api_key} query value that {@link WorkflowRequests} puts in each request's URL.
 */
final class ApiKey {

  static final String MASK = "****";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final String value;
  private final String encoded;

  /** The key, matched in any case. */
  private final Pattern valueAnyCase;

  /** The encoded key, matched in any case; null when it equals the key. */
  private final Pattern encodedAnyCase;

  ApiKey(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(
          "The API key is missing. Pass the key from your community's Owner Panel to"
              + " RocketCadClient.builder().apiKey(...).");
    }
    this.value = value;
    this.encoded = percentEncode(value);
    this.valueAnyCase = anyCase(value);
    this.encodedAnyCase = encoded.equals(value) ? null : anyCase(encoded);
  }

  /** Returns the key as an RFC 3986 query value: every byte outside the unreserved set escaped. */
  String encodedValue() {
    return encoded;
  }

  /**
   * Replaces every occurrence of the key, raw or percent-encoded, in {@code text} by a mask. Case
   * is ignored: a server may lowercase a URL, or write escapes such as {@code %2f} in lowercase,
   * and a key in another case still gives most of it away.
   *
   * <p>NOTE: a very short key also masks the same letters inside ordinary words. Real keys are long
   * random strings, and a garbled message is the safer failure.
   */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    if (containsIgnoringCase(redacted, value)) {
      redacted = valueAnyCase.matcher(redacted).replaceAll(MASK);
    }
    if (encodedAnyCase != null && containsIgnoringCase(redacted, encoded)) {
      redacted = encodedAnyCase.matcher(redacted).replaceAll(MASK);
    }
    return redacted;
  }

  /** Checks without allocating, because the client masks fields of every successful response. */
  private static boolean containsIgnoringCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  private static Pattern anyCase(String literal) {
    return Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Percent-encodes {@code text} for a query value. Only RFC 3986 unreserved characters ({@code A-Z
   * a-z 0-9 - . _ ~}) pass unchanged, so {@code +}, {@code &}, {@code %}, spaces, braces and
   * non-ASCII characters reach the server as the bytes the caller configured.
   */
  static String percentEncode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  @Override
  public String toString() {
    return MASK;
  }
}
