package io.github.rocketcadsdk.cli;

import io.github.rocketcadsdk.client.RocketCadClient;
import io.github.rocketcadsdk.client.Workflow;
import io.github.rocketcadsdk.client.model.PingRequest;
import io.github.rocketcadsdk.client.model.WorkflowEnvelope;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "ping",
    description = "Checks the API key with the ping workflow. Retried on failure, like the client.")
final class PingCommand extends WorkflowCommand {

  @Option(
      names = "--community-id",
      paramLabel = "ID",
      description = "Sets the body field communityID: the community the key belongs to.")
  String communityId;

  @Option(
      names = "--server-id",
      paramLabel = "ID",
      description = "Sets the body field serverID: the game server's ID from the Owner Panel.")
  String serverId;

  PingCommand(Map<String, String> environment) {
    super(environment);
  }

  @Override
  Workflow workflow() {
    return Workflow.PING;
  }

  @Override
  WorkflowEnvelope send(RocketCadClient client) {
    return client.ping(new PingRequest().communityID(communityId).serverID(serverId));
  }
}
