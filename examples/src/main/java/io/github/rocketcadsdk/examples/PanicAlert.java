package io.github.rocketcadsdk.examples;

/**
 * A panic button press on the game server.
 *
 * @param serverId the game server's ID from the Owner Panel
 * @param steamHex the Steam hex of the player who pressed the button
 * @param callsign the unit's name or callsign, such as {@code 1-ADAM-12}
 * @param street the street the unit is on
 * @param cross the nearest cross street
 * @param x the unit's X game coordinate
 * @param y the unit's Y game coordinate
 */
public record PanicAlert(
    String serverId,
    String steamHex,
    String callsign,
    String street,
    String cross,
    double x,
    double y) {}
