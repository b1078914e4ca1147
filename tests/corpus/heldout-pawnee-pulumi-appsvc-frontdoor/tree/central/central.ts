import * as azure from "@pulumi/azure";
import * as pulumi from "@pulumi/pulumi";

import { createFrontDoor } from "./front-door/frontDoor";

// The application stacks export the azurewebsites.net host names of their App Services.
const prod = new pulumi.StackReference("pawnee-ops/pawnee/prod");

const rg = new azure.core.ResourceGroup("central", {
  location: "AustraliaSoutheast",
  name: "pawnee-central",
}, { protect: true });

export const frontDoorName = createFrontDoor({
  prod: {
    identityHostnames: prod.getOutput("identityHostnames") as pulumi.Output<string[]>,
    webAppHostnames: prod.getOutput("appHostnames") as pulumi.Output<string[]>,
  },
  rg,
});
