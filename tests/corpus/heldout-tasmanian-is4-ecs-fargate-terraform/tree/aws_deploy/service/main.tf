module "load_balancer" {
  source = "../load-balancer"

  name            = var.name
  prefix          = var.prefix
  vpc_id          = var.vpc_id
  subnets         = var.lb_subnets
  security_groups = var.lb_security_groups
  certificate_arn = var.certificate_arn
}

resource "aws_cloudwatch_log_group" "main" {
  name              = "/ecs/${var.prefix}/${var.name}"
  retention_in_days = 5
}

resource "aws_ecs_task_definition" "main" {
  family                   = "${var.prefix}_${var.name}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  task_role_arn            = var.task_role_arn
  execution_role_arn       = var.execution_role_arn

  container_definitions = <<DEFINITION
[
  {
    "name": "${var.name}",
    "image": "${var.image}",
    "essential": true,
    "cpu": 256,
    "memory": 512,
    "portMappings": [
      { "protocol": "tcp", "containerPort": ${var.container_port} }
    ],
    "logConfiguration": {
      "logDriver": "awslogs",
      "options": {
        "awslogs-group": "${aws_cloudwatch_log_group.main.name}",
        "awslogs-region": "${var.region}",
        "awslogs-stream-prefix": "ecs"
      }
    },
    "environment": ${var.environment_variables},
    "secrets": ${var.secrets}
  }
]
DEFINITION
}

resource "aws_ecs_service" "main" {
  name            = var.name
  cluster         = var.cluster
  task_definition = "${aws_ecs_task_definition.main.family}:${aws_ecs_task_definition.main.revision}"
  desired_count   = var.instance_count
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = var.subnets
    security_groups  = var.security_groups
    assign_public_ip = true
  }

  load_balancer {
    target_group_arn = module.load_balancer.target_group_arn
    container_name   = var.name
    container_port   = var.container_port
  }

  depends_on = [module.load_balancer]
}

output "dns" {
  value = module.load_balancer.dns
}

output "zone_id" {
  value = module.load_balancer.zone_id
}
