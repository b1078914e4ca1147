output "identity_web_app" {
  value = {
    name                = azurerm_linux_web_app.identity.name
    resource_group_name = azurerm_linux_web_app.identity.resource_group_name
  }
  sensitive = true
}

output "secrets_rotate_on" {
  value = time_rotating.secrets.rotation_rfc3339
}
