resource "aws_ecs_cluster" "app" {
  name = local.name
}

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "ecs_execution" {
  name               = "${local.name}-ecs-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy_attachment" "ecs_execution_managed" {
  role       = aws_iam_role.ecs_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

# Prepared for SSM-backed secrets; no task definition references a parameter yet.
data "aws_iam_policy_document" "ssm_read" {
  statement {
    actions   = ["ssm:DescribeParameters"]
    resources = ["*"]
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.ssm.arn]
  }
}

resource "aws_iam_policy" "ssm_read" {
  name   = "${local.name}-ssm-read"
  policy = data.aws_iam_policy_document.ssm_read.json
}

resource "aws_iam_role_policy_attachment" "ecs_execution_ssm" {
  role       = aws_iam_role.ecs_execution.name
  policy_arn = aws_iam_policy.ssm_read.arn
}

# Every service gets the same module: its own Fargate service, task definition and ALB.

module "frontend" {
  source = "./service"

  name               = "frontend"
  prefix             = local.name
  region             = var.region
  image              = var.IMAGE_FRONTEND
  container_port     = 80
  cluster            = aws_ecs_cluster.app.id
  vpc_id             = aws_vpc.main.id
  subnets            = aws_subnet.private[*].id
  lb_subnets         = aws_subnet.public[*].id
  security_groups    = [aws_security_group.intra.id]
  lb_security_groups = [aws_security_group.intra.id, aws_security_group.public.id]
  certificate_arn    = aws_acm_certificate.main.arn
  execution_role_arn = aws_iam_role.ecs_execution.arn

  environment_variables = jsonencode([
    { name = "REACT_APP_API_URL", value = "https://${module.api_dns.fqdn}/api/v2" }
  ])
}

module "api" {
  source = "./service"

  name               = "api"
  prefix             = local.name
  region             = var.region
  image              = var.IMAGE_API
  container_port     = 80
  cluster            = aws_ecs_cluster.app.id
  vpc_id             = aws_vpc.main.id
  subnets            = aws_subnet.private[*].id
  lb_subnets         = aws_subnet.public[*].id
  security_groups    = [aws_security_group.intra.id]
  lb_security_groups = [aws_security_group.intra.id, aws_security_group.public.id]
  certificate_arn    = aws_acm_certificate.main.arn
  execution_role_arn = aws_iam_role.ecs_execution.arn
}

module "identitysrv" {
  source = "./service"

  name               = "identitysrv"
  prefix             = local.name
  region             = var.region
  image              = var.IMAGE_IDENTITYSERVER
  container_port     = 80
  cluster            = aws_ecs_cluster.app.id
  vpc_id             = aws_vpc.main.id
  subnets            = aws_subnet.private[*].id
  lb_subnets         = aws_subnet.public[*].id
  security_groups    = [aws_security_group.intra.id]
  lb_security_groups = [aws_security_group.intra.id, aws_security_group.public.id]
  certificate_arn    = aws_acm_certificate.idsrv.arn
  execution_role_arn = aws_iam_role.ecs_execution.arn
}

module "postgres" {
  source = "./service"

  name               = "postgres"
  prefix             = local.name
  region             = var.region
  image              = var.IMAGE_POSTGRES
  container_port     = 80
  cluster            = aws_ecs_cluster.app.id
  vpc_id             = aws_vpc.main.id
  subnets            = aws_subnet.private[*].id
  lb_subnets         = aws_subnet.public[*].id
  security_groups    = [aws_security_group.intra.id]
  lb_security_groups = [aws_security_group.intra.id, aws_security_group.public.id]
  certificate_arn    = aws_acm_certificate.postgres.arn
  execution_role_arn = aws_iam_role.ecs_execution.arn
}

module "emailservice" {
  source = "./service"

  name               = "emailservice"
  prefix             = local.name
  region             = var.region
  image              = var.IMAGE_EMAILSERVICE
  container_port     = 80
  cluster            = aws_ecs_cluster.app.id
  vpc_id             = aws_vpc.main.id
  subnets            = aws_subnet.private[*].id
  lb_subnets         = aws_subnet.public[*].id
  security_groups    = [aws_security_group.intra.id]
  lb_security_groups = [aws_security_group.intra.id, aws_security_group.public.id]
  certificate_arn    = aws_acm_certificate.email.arn
  execution_role_arn = aws_iam_role.ecs_execution.arn
}

module "jobscheduler" {
  source = "./service"

  name               = "jobscheduler"
  prefix             = local.name
  region             = var.region
  image              = var.IMAGE_JOBSCHEDULER
  container_port     = 80
  cluster            = aws_ecs_cluster.app.id
  vpc_id             = aws_vpc.main.id
  subnets            = aws_subnet.private[*].id
  lb_subnets         = aws_subnet.public[*].id
  security_groups    = [aws_security_group.intra.id]
  lb_security_groups = [aws_security_group.intra.id, aws_security_group.public.id]
  certificate_arn    = aws_acm_certificate.jobs.arn
  execution_role_arn = aws_iam_role.ecs_execution.arn
}
