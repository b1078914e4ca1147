import * as azure from "@pulumi/azure";
import * as pulumi from "@pulumi/pulumi";
import { CONSTANTS } from "../../../components";
import { State } from "../../state/state";

const stack = pulumi.getStack();
const cfg = new pulumi.Config();
const appsConfig = new pulumi.Config("apps");

interface IExternalServices {
  identityBaseUrl: string;
  webAppBaseUrl: string;
}

interface IAppServicePlanConfig {
  name: string;
  location: string;
  planSize: string;
  planTier: string;
}

export interface IPlanAndSlot {
  name: string;
  appSvc: azure.appservice.AppService;
  appSvcStaging: azure.appservice.Slot | null;
}

// One Linux plan per configured region; each plan runs the web app and the identity host
// as two container App Services (plus a "staging" slot on Standard plans).
export class AppSvc extends pulumi.ComponentResource {
  public acr: azure.containerservice.Registry;
  public mainApps: IPlanAndSlot[] = [];
  public identityApps: IPlanAndSlot[] = [];

  constructor(name: string, private params: { state: State }, opts?: pulumi.ComponentResourceOptions) {
    super("pawnee:AppSvc", name, {}, opts);

    const rg = new azure.core.ResourceGroup(`${stack}-apps`, { location: CONSTANTS.location.primary }, { parent: this });
    this.acr = new azure.containerservice.Registry("acr", {
      adminEnabled: true,
      resourceGroupName: rg.name,
      sku: "Standard",
    }, { parent: rg });

    params.state.storeInVault("MvcClientSecret", "MvcClientSecret", cfg.requireSecret("mvcClientSecret"));

    for (const plan of appsConfig.requireObject<IAppServicePlanConfig[]>("plans")) {
      this.createPlan(rg, plan);
    }
  }

  private createPlan(rg: azure.core.ResourceGroup, plan: IAppServicePlanConfig) {
    const externalServices = appsConfig.requireObject<IExternalServices>("externalServices");
    const appSvcPlan = new azure.appservice.Plan(`${plan.name}Plan`, {
      kind: "Linux",
      location: plan.location,
      reserved: true,
      resourceGroupName: rg.name,
      sku: { size: plan.planSize, tier: plan.planTier },
    }, { parent: rg });

    const appSettings: { [key: string]: pulumi.Input<string> } = {
      DOCKER_REGISTRY_SERVER_PASSWORD: this.acr.adminPassword,
      DOCKER_REGISTRY_SERVER_URL: pulumi.interpolate`https://${this.acr.loginServer}`,
      DOCKER_REGISTRY_SERVER_USERNAME: this.acr.adminUsername,
      DisableHsts: "",
      Environment__Location: "",
      Environment__Stack: stack,
      ExternalServices__IdentityBaseUrl: externalServices.identityBaseUrl,
      ExternalServices__WebAppBaseUrl: externalServices.webAppBaseUrl,
      Logging__ApplicationInsights__LogLevel__Default: "Warning",
      WEBSITES_ENABLE_APP_SERVICE_STORAGE: "false",
      WEBSITES_PORT: "80",
      kvUri: this.params.state.kv.vaultUri,
    };

    this.mainApps.push(this.createApp(appSettings, CONSTANTS.application.imageName, plan, appSvcPlan, rg));
    this.identityApps.push(this.createApp(appSettings, CONSTANTS.identity.imageName, plan, appSvcPlan, rg));
  }

  private createApp(
    appSettings: { [key: string]: pulumi.Input<string> },
    imageName: string,
    plan: IAppServicePlanConfig,
    appSvcPlan: azure.appservice.Plan,
    rg: azure.core.ResourceGroup,
  ): IPlanAndSlot {
    if (stack === "develop" || stack === "master") {
      appSettings.DisableHsts = "true"; // no enforced HSTS on the develop and master stacks
    }

    const siteConfig = {
      alwaysOn: true,
      cors: { allowedOrigins: ["*"] },
      healthCheckPath: "/healthz",
      linuxFxVersion: pulumi.interpolate`DOCKER|${this.acr.loginServer}/${imageName}:latest`,
    };

    const appName = plan.name + imageName.substr(0, 3);
    const appSvc = new azure.appservice.AppService(appName, {
      appServicePlanId: appSvcPlan.id,
      appSettings,
      httpsOnly: true,
      identity: { type: "SystemAssigned" },
      location: appSvcPlan.location,
      resourceGroupName: rg.name,
      siteConfig,
    }, { ignoreChanges: ["siteConfig.linuxFxVersion"], parent: appSvcPlan });
    this.grantVaultAccess(`${appName}-kv`, appSvc);

    let appSvcStaging: azure.appservice.Slot | null = null;
    if (plan.planTier === "Standard") {
      appSvcStaging = new azure.appservice.Slot(`${appName}Slot`, {
        appServiceName: appSvc.name,
        appServicePlanId: appSvcPlan.id,
        appSettings,
        httpsOnly: true,
        identity: { type: "SystemAssigned" },
        location: appSvcPlan.location,
        name: "staging",
        resourceGroupName: rg.name,
        siteConfig,
      }, { ignoreChanges: ["siteConfig.linuxFxVersion"], parent: rg });
      this.grantVaultAccess(`${appName}Slot-kv`, appSvcStaging);
    }

    return { name: appName, appSvc, appSvcStaging };
  }

  private grantVaultAccess(name: string, site: azure.appservice.AppService | azure.appservice.Slot) {
    new azure.keyvault.AccessPolicy(name, {
      certificatePermissions: ["get", "list", "update"],
      keyPermissions: ["unwrapKey", "wrapKey"],
      keyVaultId: this.params.state.kv.id,
      objectId: site.identity.apply((i) => i.principalId),
      secretPermissions: ["get", "list"],
      tenantId: CONSTANTS.authentication.tenantId,
    }, { parent: this });
  }
}
