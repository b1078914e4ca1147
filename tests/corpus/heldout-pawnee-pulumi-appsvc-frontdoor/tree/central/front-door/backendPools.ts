import * as azure from "@pulumi/azure";
import * as pulumi from "@pulumi/pulumi";

export interface IStackBackends {
  identityHostnames: pulumi.Output<string[]>;
  webAppHostnames: pulumi.Output<string[]>;
}

const prodBackendCount = 2; // one App Service per region (mel, syd)

// Every backend is addressed by its public *.azurewebsites.net name, and Front Door
// sends that same name as the Host header.
export function backendPool(
  name: string,
  hostnames: pulumi.Output<string[]>,
  healthProbeName: string,
): azure.types.input.frontdoor.FrontdoorBackendPool {
  const backends: Array<pulumi.Input<azure.types.input.frontdoor.FrontdoorBackendPoolBackend>> = [];
  for (let i = 0; i < prodBackendCount; i++) {
    backends.push({
      address: hostnames.apply((h) => h[i]),
      hostHeader: hostnames.apply((h) => h[i]),
      httpPort: 80,
      httpsPort: 443,
    });
  }

  return {
    backends,
    healthProbeName,
    loadBalancingName: "roundRobin",
    name,
  };
}
