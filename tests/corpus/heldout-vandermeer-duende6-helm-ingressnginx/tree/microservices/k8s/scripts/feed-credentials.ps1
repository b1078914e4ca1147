#!/usr/bin/env pwsh
# Reads the package-feed credentials from the local PowerShell SecretStore, prompting once if missing
$ErrorActionPreference = 'Stop'

Import-Module Microsoft.PowerShell.SecretManagement
Import-Module Microsoft.PowerShell.SecretStore

if (-not (Get-SecretInfo -Name 'LarderFeedUser')) {
    Set-Secret -Name 'LarderFeedUser' -Secret (Read-Host -Prompt 'Feed user name')
}
if (-not (Get-SecretInfo -Name 'LarderFeedToken')) {
    Set-Secret -Name 'LarderFeedToken' -Secret (Read-Host -Prompt 'Feed token (read:packages)')
}

return @{
    Username = Get-Secret -Name 'LarderFeedUser' -AsPlainText
    Token    = Get-Secret -Name 'LarderFeedToken' -AsPlainText
}
