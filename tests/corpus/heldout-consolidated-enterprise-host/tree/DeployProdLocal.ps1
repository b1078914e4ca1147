param (
    [string]$ImageName = "consolidated-messenger/identity-server",
    [string]$DockerFilePath = "./src/Consolidated.IdentityServer/Dockerfile",
    [string]$ContainerName = "cmsg-identity-prod",
    [string]$Hostname = "identity-server",
    [int]$HostPort = 61004
)

function Stop-WithError {
    param([string]$Message)
    Write-Host "Error: $Message" -ForegroundColor Red
    exit 1
}

# The origin certificate for the CDN edge is not used yet; TLS ends at the edge.
$OriginCertPassword = $env:EDGE_ORIGIN_CERT_PASSWORD

Write-Host "Building image..."
docker build -t $ImageName -f $DockerFilePath .
if ($LASTEXITCODE -ne 0) { Stop-WithError "docker build failed ($LASTEXITCODE)" }

$Existing = docker ps -aq -f name=$ContainerName
if ($Existing) {
    docker rm -f $Existing
    if ($LASTEXITCODE -ne 0) { Stop-WithError "could not remove the old container" }
}

$RunArgs = @(
    "run",
    "--name", $ContainerName,
    "--hostname", $Hostname,
    "-d",
    "-e", "ASPNETCORE_ENVIRONMENT=Production",
    "-e", "ASPNETCORE_HTTP_PORTS=80",
    #"-e", "ASPNETCORE_HTTPS_PORTS=443",
    #"-e", "ASPNETCORE_Kestrel__Certificates__Default__Path=/https/edge-origin.pfx",
    #"-e", "ASPNETCORE_Kestrel__Certificates__Default__Password=${OriginCertPassword}",
    "-p", "${HostPort}:80",
    "-v", "E:/Containers/Shared/Identity/DataProtection-Keys:/home/app/.aspnet/DataProtection-Keys",
    "${ImageName}:latest"
)

& docker $RunArgs
if ($LASTEXITCODE -ne 0) { Stop-WithError "docker run failed ($LASTEXITCODE)" }

$Status = docker ps -f name=$ContainerName --format "{{.Status}}"
if (-not $Status) { Stop-WithError "the container did not start" }
Write-Host "Container running: $Status" -ForegroundColor Green
