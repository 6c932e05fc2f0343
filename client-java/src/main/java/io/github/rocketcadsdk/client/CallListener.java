package io.github.rocketcadsdk.client;

/**
 * Receives an event after every attempt of every call, for metrics or diagnostics.
 *
 * <p>Listeners run on the calling thread, so they must be quick and thread-safe. An exception a
 * listener throws is logged and ignored.
 */
@FunctionalInterface
public interface CallListener {

  void onCall(CallEvent event);
}
