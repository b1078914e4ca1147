# Internet-facing side of every load balancer.
resource "aws_security_group" "public" {
  name        = "${local.name}-public"
  description = "Load balancer access from the internet"
  vpc_id      = aws_vpc.main.id

  ingress {
    protocol    = "tcp"
    from_port   = 80
    to_port     = 80
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Shared by load balancers and tasks: everything inside the group can talk to everything.
resource "aws_security_group" "intra" {
  name        = "${local.name}-intra"
  description = "Load balancers, tasks and the database"
  vpc_id      = aws_vpc.main.id

  ingress {
    protocol  = "-1"
    from_port = 0
    to_port   = 0
    self      = true
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_kms_key" "ssm" {
  description         = "${local.name} SSM parameters"
  enable_key_rotation = true
}
