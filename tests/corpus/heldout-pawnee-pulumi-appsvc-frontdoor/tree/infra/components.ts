export const CONSTANTS = {
  AzStorage_KV_CS_SecretName: "StorageConnectionString",
  application: { imageName: "webapp" },
  authentication: { tenantId: "0f6b3d9e-4a21-4c8d-9b7e-5a3c1f8d2e40" },
  identity: { imageName: "identity" },
  location: { primary: "australiasoutheast", secondary: "australiaeast" },
};
