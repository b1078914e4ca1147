data "azurerm_resource_group" "main" {
  name = var.resource_group_name
}

data "azurerm_client_config" "current" {}

resource "random_pet" "suffix" {
  length = 1
  keepers = {
    workspace = terraform.workspace
  }
}

resource "azurerm_key_vault" "main" {
  name                       = "wonka-kv-${random_pet.suffix.id}"
  location                   = data.azurerm_resource_group.main.location
  resource_group_name        = data.azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  soft_delete_retention_days = 7
  purge_protection_enabled   = true

  network_acls {
    default_action = "Allow"
    bypass         = "AzureServices"
  }
}

resource "azurerm_key_vault_access_policy" "deployer" {
  key_vault_id       = azurerm_key_vault.main.id
  tenant_id          = data.azurerm_client_config.current.tenant_id
  object_id          = data.azurerm_client_config.current.object_id
  secret_permissions = ["Set", "Get", "Delete", "Recover", "Purge"]
}

resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "wonka-psql-${random_pet.suffix.id}"
  resource_group_name    = data.azurerm_resource_group.main.name
  location               = data.azurerm_resource_group.main.location
  sku_name               = "B_Standard_B1ms"
  version                = "14"
  storage_mb             = 32768
  administrator_login    = azurerm_key_vault_secret.psql_admin_login.value
  administrator_password = azurerm_key_vault_secret.psql_admin_password.value

  lifecycle {
    ignore_changes = [zone]
  }
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "azure_services" {
  name             = "AllowAzureServices"
  server_id        = azurerm_postgresql_flexible_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "everyone" {
  name             = "AllowAllAddresses"
  server_id        = azurerm_postgresql_flexible_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_service_plan" "main" {
  name                = "wonka-plan-${random_pet.suffix.id}"
  resource_group_name = data.azurerm_resource_group.main.name
  location            = data.azurerm_resource_group.main.location
  os_type             = "Linux"
  sku_name            = var.service_plan_sku_name
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "wonka-logs-${random_pet.suffix.id}"
  resource_group_name = data.azurerm_resource_group.main.name
  location            = data.azurerm_resource_group.main.location
  sku                 = var.log_analytics.sku
  daily_quota_gb      = var.log_analytics.daily_quota_gb
  retention_in_days   = var.log_analytics.retention_in_days
}

resource "azurerm_application_insights" "main" {
  name                = "wonka-ai-${random_pet.suffix.id}"
  resource_group_name = data.azurerm_resource_group.main.name
  location            = data.azurerm_resource_group.main.location
  workspace_id        = azurerm_log_analytics_workspace.main.id
  application_type    = "web"
}
