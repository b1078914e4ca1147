variable "name" {
  type = string
}

variable "prefix" {
  type = string
}

variable "region" {
  type = string
}

variable "image" {
  type = string
}

variable "container_port" {
  type = number
}

variable "cluster" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnets" {
  type = list(string)
}

variable "lb_subnets" {
  type = list(string)
}

variable "security_groups" {
  type = list(string)
}

variable "lb_security_groups" {
  type = list(string)
}

variable "certificate_arn" {
  type = string
}

variable "execution_role_arn" {
  type = string
}

variable "task_role_arn" {
  type    = string
  default = ""
}

# JSON arrays dropped verbatim into the container definition.
variable "environment_variables" {
  type    = string
  default = "[]"
}

variable "secrets" {
  type    = string
  default = "[]"
}

variable "instance_count" {
  type    = number
  default = 1
}
