variable "location" {
  default = "West Europe"
}
variable "projectname" {}
variable "stage" {}

variable "sqldb_tier" {}
variable "sqldb_service_objective" {}

variable "plan_tier" {}
variable "plan_size" {}
variable "plan_capacity" {}

variable "app_alwayson" { type = bool }
variable "app_aspnetcore_environment" {}

variable "keyvault_id" {}
variable "keyvault_name" {}

variable "containerregistry_url" {}
variable "containerregistry_admin_username" {}
variable "containerregistry_admin_password" {}

data "azurerm_client_config" "current" {}

provider "azurerm" {
  version                    = "=1.40.0"
  skip_provider_registration = false
}

locals {
  tags = {
    Project     = var.projectname
    Environment = var.stage
  }
  authAppName   = "${var.projectname}-app-auth-${var.stage}"
  apiAppName    = "${var.projectname}-app-api-${var.stage}"
  sqlServerName = "${var.projectname}sql${var.stage}"
  sqlDbName     = "${var.projectname}db${var.stage}"
  dbSecretName  = "SqlConnection-${var.stage}"
  filesSecret   = "StorageConnection-${var.stage}"
  storageName   = "${var.projectname}files${var.stage}"
}

resource "azurerm_resource_group" "rg" {
  name     = "${var.projectname}-${var.stage}"
  location = var.location
  tags     = local.tags
}

#######################################################
# Database: admin login generated here, connection string kept in Key Vault
#######################################################
resource "random_string" "dbadmin" {
  length  = 16
  special = false
}

resource "random_password" "dbpassword" {
  length           = 16
  special          = true
  override_special = "_%@"
}

resource "azurerm_sql_server" "sql" {
  name                         = local.sqlServerName
  resource_group_name          = azurerm_resource_group.rg.name
  location                     = azurerm_resource_group.rg.location
  version                      = "12.0"
  administrator_login          = random_string.dbadmin.result
  administrator_login_password = random_password.dbpassword.result
  tags                         = local.tags

  lifecycle {
    ignore_changes = [administrator_login, administrator_login_password]
  }
}

resource "azurerm_sql_database" "db" {
  name                             = local.sqlDbName
  resource_group_name              = azurerm_resource_group.rg.name
  location                         = azurerm_resource_group.rg.location
  server_name                      = azurerm_sql_server.sql.name
  edition                          = var.sqldb_tier
  requested_service_objective_name = var.sqldb_service_objective
  tags                             = local.tags
}

resource "azurerm_key_vault_secret" "db" {
  key_vault_id = var.keyvault_id
  name         = local.dbSecretName
  value        = "Server=tcp:${local.sqlServerName}.database.windows.net,1433;Initial Catalog=${local.sqlDbName};User ID=${random_string.dbadmin.result};Password=${random_password.dbpassword.result};MultipleActiveResultSets=True;Encrypt=True;Connection Timeout=30;"
}

#######################################################
# Blob storage for meal photos, served through Azure CDN
#######################################################
resource "azurerm_storage_account" "files" {
  name                     = local.storageName
  resource_group_name      = azurerm_resource_group.rg.name
  location                 = azurerm_resource_group.rg.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  account_kind             = "BlobStorage"
  tags                     = local.tags
}

resource "azurerm_key_vault_secret" "files" {
  key_vault_id = var.keyvault_id
  name         = local.filesSecret
  value        = azurerm_storage_account.files.primary_connection_string
}

resource "azurerm_cdn_profile" "files" {
  name                = "${var.projectname}-cdn-${var.stage}"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  sku                 = "Standard_Microsoft"
}

resource "azurerm_cdn_endpoint" "files" {
  name                = "${var.projectname}-files-${var.stage}"
  profile_name        = azurerm_cdn_profile.files.name
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  origin_host_header  = "${local.storageName}.blob.core.windows.net"

  origin {
    name      = "blob"
    host_name = "${local.storageName}.blob.core.windows.net"
  }
}

resource "azurerm_application_insights" "ai" {
  name                = "${var.projectname}-insights-${var.stage}"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  application_type    = "web"
}

#######################################################
# Linux App Service plan shared by the container apps
#######################################################
resource "azurerm_app_service_plan" "plan" {
  name                = "${var.projectname}-plan-${var.stage}"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  kind                = "Linux"
  reserved            = true
  tags                = local.tags

  sku {
    tier     = var.plan_tier
    size     = var.plan_size
    capacity = var.plan_capacity
  }
}

resource "azurerm_app_service" "auth" {
  name                = local.authAppName
  location            = azurerm_app_service_plan.plan.location
  resource_group_name = azurerm_app_service_plan.plan.resource_group_name
  app_service_plan_id = azurerm_app_service_plan.plan.id
  https_only          = true
  tags                = local.tags

  site_config {
    http2_enabled    = true
    linux_fx_version = "DOCKER|${var.containerregistry_url}/${var.projectname}-auth:latest"
    always_on        = var.app_alwayson
  }

  app_settings = {
    ASPNETCORE_ENVIRONMENT              = var.app_aspnetcore_environment
    APPINSIGHTS_INSTRUMENTATIONKEY      = azurerm_application_insights.ai.instrumentation_key
    WEBSITES_ENABLE_APP_SERVICE_STORAGE = "false"
    DOCKER_REGISTRY_SERVER_URL          = var.containerregistry_url
    DOCKER_REGISTRY_SERVER_USERNAME     = var.containerregistry_admin_username
    DOCKER_REGISTRY_SERVER_PASSWORD     = var.containerregistry_admin_password
    DOCKER_CUSTOM_IMAGE_NAME            = "${var.projectname}-auth"
    DEFAULT_DATABASE_CONNECTION         = "@Microsoft.KeyVault(SecretUri=https://${var.keyvault_name}.vault.azure.net/secrets/${local.dbSecretName}/)"
    IDENTITY_SERVER_ISSUER_URI          = "https://${local.authAppName}.azurewebsites.net"
  }

  identity {
    type = "SystemAssigned"
  }

  lifecycle {
    ignore_changes = [site_config, app_settings["DOCKER_CUSTOM_IMAGE_NAME"]]
  }
}

resource "azurerm_app_service" "api" {
  name                = local.apiAppName
  location            = azurerm_app_service_plan.plan.location
  resource_group_name = azurerm_app_service_plan.plan.resource_group_name
  app_service_plan_id = azurerm_app_service_plan.plan.id
  https_only          = true
  tags                = local.tags

  site_config {
    http2_enabled    = true
    linux_fx_version = "DOCKER|${var.containerregistry_url}/${var.projectname}-api:latest"
    always_on        = var.app_alwayson
  }

  app_settings = {
    ASPNETCORE_ENVIRONMENT              = var.app_aspnetcore_environment
    APPINSIGHTS_INSTRUMENTATIONKEY      = azurerm_application_insights.ai.instrumentation_key
    WEBSITES_ENABLE_APP_SERVICE_STORAGE = "false"
    DOCKER_REGISTRY_SERVER_URL          = var.containerregistry_url
    DOCKER_REGISTRY_SERVER_USERNAME     = var.containerregistry_admin_username
    DOCKER_REGISTRY_SERVER_PASSWORD     = var.containerregistry_admin_password
    DOCKER_CUSTOM_IMAGE_NAME            = "${var.projectname}-api"
    DEFAULT_DATABASE_CONNECTION         = "@Microsoft.KeyVault(SecretUri=https://${var.keyvault_name}.vault.azure.net/secrets/${local.dbSecretName}/)"
    BLOB_STORAGE_CONNECTION             = "@Microsoft.KeyVault(SecretUri=https://${var.keyvault_name}.vault.azure.net/secrets/${local.filesSecret}/)"
    IDENTITY_SERVER_ADDRESS             = "https://${local.authAppName}.azurewebsites.net"
    IDENTITY_SERVER_CLIENT              = "soylent_mobile"
    IDENTITY_SERVER_SCOPE               = "soylent_api offline_access"
    EMAIL_SERVICE_FROM_ADDRESS          = "app@soylent-nutrition.de"
    EMAIL_SERVICE_SEND_GRID_API_KEY     = ""
    TZ                                  = "Europe/Berlin"
  }

  identity {
    type = "SystemAssigned"
  }

  lifecycle {
    ignore_changes = [
      site_config,
      app_settings["DOCKER_CUSTOM_IMAGE_NAME"],
      app_settings["EMAIL_SERVICE_SEND_GRID_API_KEY"],
    ]
  }
}

# the apps resolve their @Microsoft.KeyVault references with their system identity
resource "azurerm_key_vault_access_policy" "auth" {
  key_vault_id       = var.keyvault_id
  tenant_id          = data.azurerm_client_config.current.tenant_id
  object_id          = azurerm_app_service.auth.identity.0.principal_id
  secret_permissions = ["get"]
}

resource "azurerm_key_vault_access_policy" "api" {
  key_vault_id       = var.keyvault_id
  tenant_id          = data.azurerm_client_config.current.tenant_id
  object_id          = azurerm_app_service.api.identity.0.principal_id
  secret_permissions = ["get"]
}
