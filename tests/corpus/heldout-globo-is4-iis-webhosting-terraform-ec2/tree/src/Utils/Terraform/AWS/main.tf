# Globo portal on a single EC2 instance:
# VPC -> internet gateway -> route table -> subnet -> security group (80/443/22)
# -> network interface + elastic IP -> Ubuntu instance running docker-compose.

variable "access_key" {
  description = "AWS access key"
  type        = string
  sensitive   = true
}

variable "secret_key" {
  description = "AWS secret key"
  type        = string
  sensitive   = true
}

variable "aws_key_name" {
  description = "Name of the EC2 key pair used for SSH"
  type        = string
}

variable "docker_globoportal_image" {
  description = "Portal image, e.g. globo/globoportal"
  type        = string
}

variable "docker_sqlserver_image" {
  description = "SQL Server image, e.g. mcr.microsoft.com/mssql/server"
  type        = string
}

variable "sa_password" {
  description = "SQL Server sa password"
  type        = string
  sensitive   = true
}

variable "cert_password" {
  description = "Password of the Kestrel / signing pfx"
  type        = string
  sensitive   = true
}

variable "ASPNETCORE_ENVIRONMENT" {
  description = "Development OR Production"
  type        = string
}

variable "Serilog__MinimumLevel__Default" {
  description = "Debug OR Warning"
  type        = string
}

locals {
  docker_compose = templatefile("${path.module}/docker-compose.tpl", {
    docker_globoportal_image       = var.docker_globoportal_image
    docker_sqlserver_image         = var.docker_sqlserver_image
    sa_password                    = var.sa_password
    cert_password                  = var.cert_password
    ASPNETCORE_ENVIRONMENT         = var.ASPNETCORE_ENVIRONMENT
    Serilog__MinimumLevel__Default = var.Serilog__MinimumLevel__Default
  })
}

provider "aws" {
  region     = "us-west-2"
  access_key = var.access_key
  secret_key = var.secret_key
}

resource "aws_vpc" "prod_vpc" {
  cidr_block = "10.0.0.0/16"
  tags = {
    Name = "Production"
  }
}

resource "aws_internet_gateway" "gw" {
  vpc_id = aws_vpc.prod_vpc.id
}

resource "aws_route_table" "prod_routes" {
  vpc_id = aws_vpc.prod_vpc.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.gw.id
  }

  tags = {
    Name = "prod"
  }
}

resource "aws_subnet" "subnet_1" {
  vpc_id            = aws_vpc.prod_vpc.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_route_table_association" "subnet_1" {
  subnet_id      = aws_subnet.subnet_1.id
  route_table_id = aws_route_table.prod_routes.id
}

resource "aws_security_group" "allow_web" {
  name        = "globo_allow_web"
  description = "Allow web and SSH inbound traffic"
  vpc_id      = aws_vpc.prod_vpc.id

  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "http"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_network_interface" "web_nic" {
  subnet_id       = aws_subnet.subnet_1.id
  private_ips     = ["10.0.1.50"]
  security_groups = [aws_security_group.allow_web.id]
}

resource "aws_eip" "web_ip" {
  domain                    = "vpc"
  network_interface         = aws_network_interface.web_nic.id
  associate_with_private_ip = "10.0.1.50"
  depends_on                = [aws_internet_gateway.gw]
}

resource "aws_instance" "web_server" {
  ami               = "ami-0ca5c3bd5a268e7db"
  instance_type     = "t2.small"
  availability_zone = "us-west-2a"
  key_name          = var.aws_key_name

  network_interface {
    device_index         = 0
    network_interface_id = aws_network_interface.web_nic.id
  }

  user_data = templatefile("${path.module}/bash.tmpl", { docker_compose = local.docker_compose })

  tags = {
    Name = "globo-portal"
  }
}
