package io.github.rocketcadsdk.client;

/** Response bodies published in the API's documentation, for stub servers. */
final class Responses {

  static final String PING_OK =
      "{\"status\":\"success\",\"response\":{\"success\":true,\"message\":\"This API Key is valid"
          + " & associated with an active community.\",\"requestID\":\"OLV213JN6XL1BLS\"}}";

  static final String PANIC_OK =
      "{\"status\":\"success\",\"response\":{\"success\":true,\"message\":\"Panic Button"
          + " Successfully Sent!\",\"requestID\":\"JFBFJMUPVK5OYRF\"}}";

  static final String CODED_1A =
      "{\"status\":\"success\",\"response\":{\"success\":false,\"message\":\"The provided API Key"
          + " is not valid or lacks permissions. modcol.co/e1a\",\"requestID\":\"3KUXZ1KUNUDJN7S\"}}";

  static final String MISSING_KEY =
      "{\"statusCode\":400,\"body\":{\"status\":\"MISSING_DATA\",\"message\":\"Missing parameter"
          + " for workflow ping: parameter api_key\"}}";

  static final String NOT_FOUND =
      "{\"statusCode\":404,\"body\":{\"status\":\"NOT_FOUND\",\"message\":\"Workflow not found"
          + " ping\"}}";

  static final String ERROR_CLASS =
      "{\"error_class\":\"Unauthorized\",\"args\":{\"code\":\"1700000000000x100000000000000000\"},"
          + "\"message\":null,\"translation\":\"Invalid or expired token\"}";

  private Responses() {}

  /** Returns a coded failure with the given code in its short link. */
  static String codedFailure(String code) {
    return "{\"status\":\"success\",\"response\":{\"success\":false,\"message\":\"Failure."
        + " modcol.co/e"
        + code
        + "\",\"requestID\":\"ABCDEFGHIJKLMNO\"}}";
  }
}
