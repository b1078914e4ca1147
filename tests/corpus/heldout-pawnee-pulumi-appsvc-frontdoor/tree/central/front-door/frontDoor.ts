import * as azure from "@pulumi/azure";
import * as pulumi from "@pulumi/pulumi";

import { backendPool, IStackBackends } from "./backendPools";
import { forwardRule, httpToHttpsRule } from "./routingRules";

export function createFrontDoor({ rg, prod }: { rg: azure.core.ResourceGroup; prod: IStackBackends }) {
  const frontDoor = new azure.frontdoor.Frontdoor("fd", {
    backendPoolHealthProbes: [
      { intervalInSeconds: 30, name: "root", path: "/", protocol: "Https" },
    ],
    backendPoolLoadBalancings: [
      { name: "roundRobin", sampleSize: 4, successfulSamplesRequired: 2 },
    ],
    backendPools: [
      backendPool("prodAppBackend", prod.webAppHostnames, "root"),
      backendPool("prodIdentityBackend", prod.identityHostnames, "root"),
    ],
    backendPoolsSendReceiveTimeoutSeconds: 90,
    enforceBackendPoolsCertificateNameCheck: true,
    frontendEndpoints: [
      { hostName: "pawneeparks.azurefd.net", name: "defaultFrontend", sessionAffinityEnabled: false },
      {
        customHttpsConfiguration: { certificateSource: "FrontDoor" },
        customHttpsProvisioningEnabled: true,
        hostName: "app.pawneeparks.io",
        name: "prodApp",
        sessionAffinityEnabled: false,
      },
      {
        customHttpsConfiguration: { certificateSource: "FrontDoor" },
        customHttpsProvisioningEnabled: true,
        hostName: "identity.pawneeparks.io",
        name: "prodIdentity",
        sessionAffinityEnabled: false,
      },
    ],
    name: "pawneeparks",
    resourceGroupName: rg.name,
    routingRules: [
      httpToHttpsRule(["defaultFrontend", "prodApp", "prodIdentity"]),
      forwardRule("prodRouteToApp", "prodAppBackend", "prodApp"),
      forwardRule("prodRouteToIdentity", "prodIdentityBackend", "prodIdentity"),
    ],
  });

  return frontDoor.name;
}
