import * as azure from "@pulumi/azure";
import { Input } from "@pulumi/pulumi";

export function forwardRule(
  name: string,
  backendPoolName: string,
  frontendName: string,
): Input<azure.types.input.frontdoor.FrontdoorRoutingRule> {
  return {
    acceptedProtocols: ["Https"],
    forwardingConfiguration: {
      backendPoolName,
      cacheEnabled: false,
      forwardingProtocol: "HttpsOnly",
    },
    frontendEndpoints: [frontendName],
    name,
    patternsToMatches: ["/*"],
  };
}

export function httpToHttpsRule(frontendNames: string[]): Input<azure.types.input.frontdoor.FrontdoorRoutingRule> {
  return {
    acceptedProtocols: ["Http"],
    frontendEndpoints: frontendNames,
    name: "redirectToHttps",
    patternsToMatches: ["/*"],
    redirectConfiguration: {
      redirectProtocol: "HttpsOnly",
      redirectType: "Found",
    },
  };
}
