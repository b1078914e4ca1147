variable "region" {
  type    = string
  default = "ap-southeast-2"
}

variable "prefix" {
  type    = string
  default = "tasmanian-journal"
}

variable "az_count" {
  type    = number
  default = 2
}

# Image references are written into github.tfvars by the deploy workflow.
variable "IMAGE_FRONTEND" {
  type = string
}

variable "IMAGE_API" {
  type = string
}

variable "IMAGE_IDENTITYSERVER" {
  type = string
}

variable "IMAGE_POSTGRES" {
  type    = string
  default = "postgres"
}

variable "IMAGE_EMAILSERVICE" {
  type = string
}

variable "IMAGE_JOBSCHEDULER" {
  type = string
}
