package io.github.rocketcadsdk.examples;

/**
 * A player's position, as the game server reports it.
 *
 * @param steamHex the player's Steam hex, such as {@code steam:110000112345678}
 * @param street the street the player is on, or an empty string
 * @param cross the nearest cross street, or an empty string
 */
public record PlayerLocation(String steamHex, String street, String cross) {}
