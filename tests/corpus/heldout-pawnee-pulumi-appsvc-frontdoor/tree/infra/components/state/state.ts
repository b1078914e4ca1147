import * as azure from "@pulumi/azure";
import * as pulumi from "@pulumi/pulumi";
import { CONSTANTS } from "../../components";

const stack = pulumi.getStack();
const config = new pulumi.Config();
const auth = new pulumi.Config("auth");

interface IAzureId {
  name: string;
  objectId: string;
  appId?: string;
}

// Per-stack state: Key Vault (secrets, Data Protection key, signing certificate), storage, Cosmos DB.
export class State extends pulumi.ComponentResource {
  public kv: azure.keyvault.KeyVault;
  public storageAccount: azure.storage.Account;
  public cosmosDb: azure.cosmosdb.Account;
  public kvAccessPolicies: azure.keyvault.AccessPolicy[] = [];

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("pawnee:State", name, {}, opts);

    const rg = new azure.core.ResourceGroup(`${stack}-state`, { location: CONSTANTS.location.primary }, { parent: this });
    this.kv = this.createVault(rg);

    this.storageAccount = new azure.storage.Account("state", {
      accountKind: "StorageV2",
      accountReplicationType: "LRS",
      accountTier: "Standard",
      enableHttpsTrafficOnly: true,
      resourceGroupName: rg.name,
    }, { parent: rg });
    this.storeInVault("storageCs", `Storage--${CONSTANTS.AzStorage_KV_CS_SecretName}`, this.storageAccount.primaryConnectionString);

    this.cosmosDb = new azure.cosmosdb.Account("cosmosDb", {
      consistencyPolicy: { consistencyLevel: "BoundedStaleness", maxIntervalInSeconds: 10, maxStalenessPrefix: 200 },
      enableAutomaticFailover: true,
      geoLocations: [{ failoverPriority: 0, location: rg.location }],
      kind: "GlobalDocumentDB",
      offerType: "Standard",
      resourceGroupName: rg.name,
    }, { parent: this });
    const db = new azure.cosmosdb.SqlDatabase("cosmosSql", {
      accountName: this.cosmosDb.name,
      resourceGroupName: rg.name,
    }, { parent: this.cosmosDb });

    this.storeInVault("cosmosPrimaryKey", "Cosmos--PrimaryKey", this.cosmosDb.primaryMasterKey);
    this.storeInVault("cosmosSecondaryKey", "Cosmos--SecondaryKey", this.cosmosDb.secondaryMasterKey);
    this.storeInVault("cosmosEndpoint", "Cosmos--Endpoint", this.cosmosDb.endpoint);
    this.storeInVault("cosmosDatabase", "Cosmos--Database", db.name);
    this.storeInVault("mailApiKey", "Mail--ApiKey", config.requireSecret("mailApiKey"));
  }

  public storeInVault(name: string, key: string, value: pulumi.Input<string>) {
    return new azure.keyvault.Secret(name, { keyVaultId: this.kv.id, name: key, value },
      { dependsOn: this.kvAccessPolicies, parent: this.kv });
  }

  private createVault(rg: azure.core.ResourceGroup) {
    const kv = new azure.keyvault.KeyVault("pawneeState", {
      resourceGroupName: rg.name,
      skuName: "standard",
      tenantId: CONSTANTS.authentication.tenantId,
    }, { parent: rg });

    for (const id of auth.requireObject<IAzureId[]>("ids")) {
      this.kvAccessPolicies.push(new azure.keyvault.AccessPolicy(`${id.name}-ap`, {
        applicationId: id.appId,
        certificatePermissions: ["get", "create", "list", "update", "delete"],
        keyPermissions: ["create", "get", "list", "delete", "unwrapKey", "wrapKey"],
        keyVaultId: kv.id,
        objectId: id.objectId,
        secretPermissions: ["list", "set", "get", "delete"],
        tenantId: CONSTANTS.authentication.tenantId,
      }, { parent: this }));
    }

    // wraps the Data Protection key ring (ProtectKeysWithAzureKeyVault)
    new azure.keyvault.Key("dataprotection", {
      keyOpts: ["decrypt", "encrypt", "sign", "unwrapKey", "verify", "wrapKey"],
      keySize: 4096,
      keyType: "RSA",
      keyVaultId: kv.id,
      name: "dataprotection",
    }, { dependsOn: this.kvAccessPolicies, parent: this });

    // IdentityServer token signing certificate, renewed by Key Vault 30 days before expiry
    new azure.keyvault.Certificate("identityCert", {
      certificatePolicy: {
        issuerParameters: { name: "Self" },
        keyProperties: { exportable: true, keySize: 2048, keyType: "RSA", reuseKey: true },
        lifetimeActions: [{ action: { actionType: "AutoRenew" }, trigger: { daysBeforeExpiry: 30 } }],
        secretProperties: { contentType: "application/x-pkcs12" },
        x509CertificateProperties: {
          keyUsages: ["digitalSignature", "keyEncipherment"],
          subject: `CN=${stack}-pawneeparks`,
          validityInMonths: 12,
        },
      },
      keyVaultId: kv.id,
      name: "identityCert",
    }, { dependsOn: this.kvAccessPolicies, parent: this });

    return kv;
  }
}
