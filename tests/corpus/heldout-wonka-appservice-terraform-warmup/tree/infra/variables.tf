variable "resource_group_name" {
  description = "Existing resource group that receives every resource."
  type        = string
  sensitive   = true
}

variable "POSTGRES_SERVER_ADMINISTRATOR_LOGIN" {
  description = "Administrator user name of the PostgreSQL flexible server."
  type        = string
  sensitive   = true
}

variable "IDSV_IDENTITY_DB_CONNECTION_STRING_NAME" {
  description = "Name of the App Service connection string that carries the identity database connection."
  type        = string
}

variable "service_plan_sku_name" {
  description = "SKU of the shared Linux App Service plan."
  type        = string
}

variable "log_analytics" {
  description = "Log Analytics workspace sizing."
  type = object({
    sku               = string
    daily_quota_gb    = number
    retention_in_days = number
  })
}
