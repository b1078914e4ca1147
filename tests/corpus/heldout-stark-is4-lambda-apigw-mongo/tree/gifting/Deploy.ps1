# Publishes the three gifting functions with the Amazon.Lambda.Tools global tool.
# Each project folder carries its own aws-lambda-tools-defaults.json and serverless.template.
Push-Location Stark.Api
dotnet lambda deploy-serverless
Pop-Location

Push-Location Stark.Web
dotnet lambda deploy-serverless
Pop-Location

Push-Location Stark.IdentityServer
dotnet lambda deploy-serverless
Pop-Location
