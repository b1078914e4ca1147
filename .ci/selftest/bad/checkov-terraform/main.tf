resource "azurerm_storage_account" "keys" {
  name                            = "acmeidentitykeys"
  resource_group_name             = "rg-identity"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  https_traffic_only_enabled      = false
  min_tls_version                 = "TLS1_0"
  allow_nested_items_to_be_public = true
}
