package io.github.rocketcadsdk.cli;

import picocli.CommandLine.Option;

/** The street and cross street that panic, locationping and 911 all send. */
final class StreetOptions {

  @Option(
      names = "--street",
      paramLabel = "NAME",
      description = "Sets the body field Street: the street of the location. May be empty.")
  String street;

  @Option(
      names = "--cross",
      paramLabel = "NAME",
      description = "Sets the body field Cross: the nearest cross street. May be empty.")
  String cross;
}
