$start = Get-Location

Set-Location $PSScriptRoot
./build-infrastructure.ps1
./build-storefront.ps1

Set-Location $start
