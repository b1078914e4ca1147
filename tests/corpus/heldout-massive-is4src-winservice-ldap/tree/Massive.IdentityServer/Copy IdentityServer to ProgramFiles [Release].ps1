$here = ($MyInvocation.MyCommand.Path | Split-Path | Resolve-Path).ProviderPath
$svc = "Massive.IdentityServer"
$target = "C:\Program Files\Massive\IdentityServer"

Stop-Service $svc
$tries = 100
do
{
    $running = (Get-Service $svc | Where-Object { $_.Status -eq "Running" }).Count
    $tries--
    Start-Sleep -Milliseconds 600
} until ($running -eq 0 -or $tries -eq 0)
Start-Sleep -Seconds 5

Remove-Item "$target\*" -Recurse -Force
Copy-Item -Path "$here\Massive.IdentityServer\bin\Release\net10.0\*" -Destination $target -Recurse

Start-Service $svc

Read-Host -Prompt "Press Enter to exit"
