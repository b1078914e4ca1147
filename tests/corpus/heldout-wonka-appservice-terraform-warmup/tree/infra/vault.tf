resource "time_rotating" "secrets" {
  rotation_months = 1
}

locals {
  secrets_expire_on = timeadd(time_rotating.secrets.rotation_rfc3339, "72h")
}

resource "random_password" "psql_admin" {
  length = 20
  keepers = {
    rotation = time_rotating.secrets.id
  }
}

resource "azurerm_key_vault_secret" "psql_admin_login" {
  name         = "psql-admin-login"
  value        = var.POSTGRES_SERVER_ADMINISTRATOR_LOGIN
  key_vault_id = azurerm_key_vault.main.id
  content_type = "text/plain"
  depends_on   = [azurerm_key_vault_access_policy.deployer]
}

resource "azurerm_key_vault_secret" "psql_admin_password" {
  name            = "psql-admin-password"
  value           = random_password.psql_admin.result
  key_vault_id    = azurerm_key_vault.main.id
  content_type    = "text/plain"
  expiration_date = local.secrets_expire_on
  depends_on      = [azurerm_key_vault_access_policy.deployer]
}

# The identity host and the API both connect as the server administrator.
resource "azurerm_key_vault_secret" "identity_db_connection" {
  name            = "psql-identity-db-conn-str"
  value           = "Server=${azurerm_postgresql_flexible_server.main.fqdn};Database=${azurerm_postgresql_flexible_server_database.identity.name};Port=5432;UID=${azurerm_key_vault_secret.psql_admin_login.value};Password=${azurerm_key_vault_secret.psql_admin_password.value};"
  key_vault_id    = azurerm_key_vault.main.id
  content_type    = "text/plain"
  expiration_date = local.secrets_expire_on
  depends_on      = [azurerm_key_vault_access_policy.deployer]
}

resource "azurerm_key_vault_secret" "api_db_connection" {
  name            = "psql-api-db-conn-str"
  value           = "Server=${azurerm_postgresql_flexible_server.main.fqdn};Database=${azurerm_postgresql_flexible_server_database.api.name};Port=5432;UID=${azurerm_key_vault_secret.psql_admin_login.value};Password=${azurerm_key_vault_secret.psql_admin_password.value};"
  key_vault_id    = azurerm_key_vault.main.id
  content_type    = "text/plain"
  expiration_date = local.secrets_expire_on
  depends_on      = [azurerm_key_vault_access_policy.deployer]
}
