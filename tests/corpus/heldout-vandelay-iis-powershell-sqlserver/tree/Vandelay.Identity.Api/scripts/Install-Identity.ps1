#Requires -RunAsAdministrator
#Requires -Version 5.1
# Installs Vandelay.Identity into IIS on a Windows Server and registers its clients.
param(
    [PSCredential] $credential,
    [Hashtable] $configStore = @{Type = "File"; Format = "XML"; Path = "$PSScriptRoot\install.config"},
    [switch] $noDiscoveryService,
    [switch] $quiet
)

Import-Module -Name .\Install-Identity-Utilities.psm1 -Force

$installUtilities = "$PSScriptRoot\Vandelay-Install-Utilities.psm1"
if (!(Test-Path $installUtilities -PathType Leaf)) {
    Invoke-WebRequest -Uri https://raw.githubusercontent.com/vandelay-industries/install-scripts/master/common/Vandelay-Install-Utilities.psm1 -OutFile $installUtilities
}
Import-Module -Name $installUtilities -Force

$ErrorActionPreference = "Stop"
$installSettings = Get-InstallConfigValues -ConfigStore $configStore -Scope "identity"
$commonSettings = Get-InstallConfigValues -ConfigStore $configStore -Scope "common"

# ASP.NET Core 2.2 hosting bundle (ASP.NET Core Module V2 for IIS)
Install-DotNetCoreIfNeeded -version "2.2.7.0" -downloadUrl "https://download.visualstudio.microsoft.com/download/pr/dotnet-hosting-2.2.7-win.exe"

$zipPackage = Join-Path $PSScriptRoot $installSettings.zipPackage
$selectedSite = Get-IISWebSiteForInstall -selectedSiteName $installSettings.siteName -quiet $quiet
$sqlServerAddress = $commonSettings.sqlServerAddress
$identityDatabase = Get-IdentityDatabaseConnectionString -identityDbName $installSettings.identityDbName -sqlServerAddress $sqlServerAddress
$encryptionCertificate = Get-IdentityEncryptionCertificate -thumbprint $commonSettings.encryptionCertificateThumbprint
$installerSecret = Get-DecryptedInstallerSecret -value $commonSettings.installerSecret -certificate $encryptionCertificate

# the app pool runs as a domain/service account; it gets read access to the certificate key
$iisUser = Get-IISAppPoolUser -credential $credential -appName $installSettings.appName -storedIisUser $installSettings.iisUser
Add-PermissionToPrivateKey $iisUser.UserName $encryptionCertificate read

$identityServiceUrl = Get-ApplicationEndpoint -appName $installSettings.appName -applicationEndPoint $installSettings.applicationEndPoint

Unlock-ConfigurationSections
$installApplication = Publish-Application -site $selectedSite `
    -appName $installSettings.appName `
    -iisUser $iisUser `
    -zipPackage $zipPackage `
    -assembly "Vandelay.Identity.Api.dll"

# the app pool account logs in to SQL Server with Windows authentication
Add-DatabaseSecurity $iisUser.UserName $installSettings.identityDatabaseRole $identityDatabase.DbConnectionString

Set-IdentityEnvironmentVariables -appDirectory $installApplication.applicationDirectory `
    -primarySigningCertificateThumbprint $encryptionCertificate.Thumbprint `
    -encryptionCertificateThumbprint $encryptionCertificate.Thumbprint `
    -appInsightsInstrumentationKey $installSettings.appInsightsInstrumentationKey `
    -applicationEndpoint $identityServiceUrl `
    -identityDbConnStr $identityDatabase.DbConnectionString

$accessToken = Get-AccessToken -authUrl $identityServiceUrl -clientId "vandelay-installer" -scope "vandelay/identity.manageresources" -secret $installerSecret

$registrationApiSecret = Add-RegistrationApiRegistration -identityServerUrl $identityServiceUrl -accessToken $accessToken
$installerSecret = Add-InstallerClientRegistration -identityServerUrl $identityServiceUrl -accessToken $accessToken -installerSecret $installerSecret
Add-SecureInstallationSetting "common" "installerSecret" $installerSecret $encryptionCertificate $configStore.Path

$identityClientSecret = Add-IdentityClientRegistration -identityServerUrl $identityServiceUrl -accessToken $accessToken
Add-SecureIdentityEnvironmentVariables -encryptionCert $encryptionCertificate `
    -identityClientSecret $identityClientSecret `
    -registrationApiSecret $registrationApiSecret `
    -appDirectory $installApplication.applicationDirectory
