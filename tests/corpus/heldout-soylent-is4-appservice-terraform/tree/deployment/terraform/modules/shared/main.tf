variable "location" {
  default = "West Europe"
}
variable "projectname" {}

data "azurerm_client_config" "current" {}

provider "azurerm" {
  version                    = "=1.40.0"
  skip_provider_registration = true
}

resource "azurerm_resource_group" "rg" {
  name     = "${var.projectname}-shared"
  location = var.location
}

resource "azurerm_container_registry" "acr" {
  name                = "${var.projectname}containers"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  sku                 = "Standard"
  admin_enabled       = true
}

resource "azurerm_key_vault" "kv" {
  name                = "${var.projectname}-kv-shared"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  tenant_id           = data.azurerm_client_config.current.tenant_id
  sku_name            = "standard"
}

resource "azurerm_key_vault_access_policy" "pipeline" {
  key_vault_id       = azurerm_key_vault.kv.id
  tenant_id          = data.azurerm_client_config.current.tenant_id
  object_id          = data.azurerm_client_config.current.object_id
  secret_permissions = ["set", "get", "delete"]
}

output "containerregistry_url" {
  value = azurerm_container_registry.acr.login_server
}
output "containerregistry_admin_username" {
  value = azurerm_container_registry.acr.admin_username
}
output "containerregistry_admin_password" {
  value = azurerm_container_registry.acr.admin_password
}
output "keyvault_id" {
  value = azurerm_key_vault.kv.id
}
output "keyvault_name" {
  value = azurerm_key_vault.kv.name
}
