variable "env_name" {
  description = "Environment name used in every resource name."
  type        = string
  default     = "prod"
}

variable "azure_subscription_id" {
  type = string
}

variable "azure_tenant_id" {
  type = string
}

variable "azure_client_id" {
  type = string
}

variable "azure_client_secret" {
  type      = string
  sensitive = true
}

variable "ghcr_pat" {
  description = "Token used by Container Apps to pull images from ghcr.io."
  type        = string
  sensitive   = true
}

variable "postgres_sku" {
  type    = string
  default = "B_Standard_B1ms"
}

variable "postgres_version" {
  type    = number
  default = 15
}

variable "identity_cpu" {
  type    = number
  default = 0.25
}

variable "identity_memory" {
  type    = string
  default = "0.5Gi"
}

variable "game_cpu" {
  type    = number
  default = 0.25
}

variable "game_memory" {
  type    = string
  default = "0.5Gi"
}

variable "frontend_cpu" {
  type    = number
  default = 0.25
}

variable "frontend_memory" {
  type    = string
  default = "0.5Gi"
}
