import * as pulumi from "@pulumi/pulumi";

import { AppSvc, IPlanAndSlot } from "./components/application/appSvc/appSvc";
import { State } from "./components/state/state";

const state = new State("state");
const appSvc = new AppSvc("appSvc", { state });

const idList = (apps: IPlanAndSlot[]) =>
  pulumi.output(apps.map((a) => a.appSvc.id)).apply((ids) => ids.join(" "));

// consumed by the pipeline (deploy-app.sh) and by the central Front Door stack
export const kvUri = state.kv.vaultUri;
export const kvName = state.kv.name;
export const acrName = appSvc.acr.name;
export const appHostnames = appSvc.mainApps.map((a) => a.appSvc.defaultSiteHostname);
export const identityHostnames = appSvc.identityApps.map((a) => a.appSvc.defaultSiteHostname);
export const webAppResourceId = idList(appSvc.mainApps);
export const identityAppResourceId = idList(appSvc.identityApps);
