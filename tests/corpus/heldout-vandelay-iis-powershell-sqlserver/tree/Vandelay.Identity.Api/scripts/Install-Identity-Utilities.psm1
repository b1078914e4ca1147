# Helpers for Install-Identity.ps1. Invoke-Sql, Set-EnvironmentVariables (writes
# <environmentVariable> entries into the app's web.config), Get-EncryptedString and the
# IIS helpers come from Vandelay-Install-Utilities.psm1, downloaded at install time.

function Get-FullyQualifiedMachineName() {
    return "https://$env:computername.$((Get-WmiObject Win32_ComputerSystem).Domain.ToLower())"
}

function Get-ApplicationEndpoint([string] $appName, [string] $applicationEndPoint) {
    if ([string]::IsNullOrEmpty($applicationEndPoint)) {
        return "$(Get-FullyQualifiedMachineName)/$appName"
    }
    return $applicationEndPoint
}

function Get-IdentityDatabaseConnectionString([string] $identityDbName, [string] $sqlServerAddress) {
    $identityDbConnStr = "Server=$($sqlServerAddress);Database=$($identityDbName);Trusted_Connection=True;MultipleActiveResultSets=True;"
    # the schema must already exist: it is published from the Vandelay.Identity.SqlServer dacpac
    Invoke-Sql $identityDbConnStr "SELECT TOP 1 ClientId FROM Clients" | Out-Null
    return @{DbName = $identityDbName; DbConnectionString = $identityDbConnStr}
}

function Publish-Application([System.Object] $site, [string] $appName, [hashtable] $iisUser, [string] $zipPackage, [string] $assembly) {
    $appDirectory = [io.path]::combine([System.Environment]::ExpandEnvironmentVariables($site.physicalPath), $appName)
    New-LogsDirectoryForApp $appDirectory $iisUser.UserName
    if (!(Test-AppPoolExistsAndRunsAsUser -appPoolName $appName -userName $iisUser.UserName)) {
        New-AppPool $appName $iisUser.UserName $iisUser.Credential
    }
    New-App $appName $site.Name $appDirectory | Out-Null
    Publish-WebSite $zipPackage $appDirectory $appName $true
    Set-AppPoolSettings $appName
    $version = [System.Diagnostics.FileVersionInfo]::GetVersionInfo("$appDirectory\$assembly").FileVersion
    return @{applicationDirectory = $appDirectory; version = $version}
}

function Set-AppPoolSettings([string] $appPoolName) {
    $appPool = Get-Item -Path "IIS:\AppPools\$appPoolName" -ErrorAction Stop
    $appPool.startMode = "alwaysrunning"
    $appPool.processModel.idleTimeout = [TimeSpan]::FromMinutes(0)
    $appPool.processModel.idleTimeoutAction = "suspend"
    $appPool | Set-Item -ErrorAction Stop
}

function Add-DatabaseSecurity([string] $userName, [string] $role, [string] $connString) {
    Invoke-Sql $connString "IF NOT EXISTS (SELECT * FROM sys.server_principals WHERE name = @userName) EXEC('CREATE LOGIN [' + @userName + '] FROM WINDOWS')" @{userName = $userName} | Out-Null
    Invoke-Sql $connString "IF NOT EXISTS (SELECT * FROM sys.database_principals WHERE name = @userName) EXEC('CREATE USER [' + @userName + '] FOR LOGIN [' + @userName + ']')" @{userName = $userName} | Out-Null
    Invoke-Sql $connString "EXEC sp_addrolemember @role, @userName" @{userName = $userName; role = $role} | Out-Null
}

function Set-IdentityEnvironmentVariables {
    param(
        [string] $appDirectory,
        [string] $primarySigningCertificateThumbprint,
        [string] $encryptionCertificateThumbprint,
        [string] $appInsightsInstrumentationKey,
        [string] $applicationEndpoint,
        [string] $identityDbConnStr
    )
    $environmentVariables = @{"HostingOptions__StorageProvider" = "SqlServer"; "HostingOptions__UseTestUsers" = "false"; "AllowLocalLogin" = "false"}

    if ($primarySigningCertificateThumbprint) {
        $environmentVariables.Add("SigningCertificateSettings__UseTemporarySigningCredential", "false")
        $environmentVariables.Add("SigningCertificateSettings__PrimaryCertificateThumbprint", $primarySigningCertificateThumbprint)
    }
    if ($encryptionCertificateThumbprint) {
        $environmentVariables.Add("SigningCertificateSettings__EncryptionCertificateThumbprint", $encryptionCertificateThumbprint)
    }
    if ($appInsightsInstrumentationKey) {
        $environmentVariables.Add("ApplicationInsights__Enabled", "true")
        $environmentVariables.Add("ApplicationInsights__InstrumentationKey", $appInsightsInstrumentationKey)
    }

    $environmentVariables.Add("IdentityServerConfidentialClientSettings__Authority", "$applicationEndpoint")

    if ($identityDbConnStr) {
        $environmentVariables.Add("ConnectionStrings__IdentityDatabase", $identityDbConnStr)
    }

    Set-EnvironmentVariables $appDirectory $environmentVariables | Out-Null
}

function Add-RegistrationApiRegistration([string] $identityServerUrl, [string] $accessToken) {
    $body = @{
        Name = "vandelay-registration-api";
        UserClaims = @("name", "email", "role", "groups");
        Scopes = @(@{Name = "vandelay/identity.manageresources"}, @{Name = "vandelay/identity.read"});
    }
    return ([string](Add-ApiRegistration -authUrl $identityServerUrl -body (ConvertTo-Json $body) -accessToken $accessToken)).Trim()
}

function Add-InstallerClientRegistration([string] $identityServerUrl, [string] $accessToken, [string] $installerSecret) {
    $body = @{
        ClientId = "vandelay-installer";
        ClientName = "Vandelay Installer";
        RequireConsent = $false;
        AllowedGrantTypes = @("client_credentials");
        AllowedScopes = @("vandelay/identity.manageresources", "vandelay/authorization.read", "vandelay/authorization.write")
    }
    $secret = ([string](Add-ClientRegistration -authUrl $identityServerUrl -body (ConvertTo-Json $body) -accessToken $accessToken -shouldResetSecret $false)).Trim()
    if ([string]::IsNullOrWhiteSpace($secret)) { $secret = $installerSecret }
    return $secret
}

function Add-IdentityClientRegistration([string] $identityServerUrl, [string] $accessToken) {
    $body = @{
        ClientId = "vandelay-identity-client";
        ClientName = "Vandelay Identity Client";
        RequireConsent = $false;
        AllowedGrantTypes = @("client_credentials");
        AllowedScopes = @("vandelay/identity.searchusers");
    }
    return ([string](Add-ClientRegistration -authUrl $identityServerUrl -body (ConvertTo-Json $body) -accessToken $accessToken)).Trim()
}

function Add-SecureIdentityEnvironmentVariables([System.Security.Cryptography.X509Certificates.X509Certificate2] $encryptionCert, [string] $identityClientSecret, [string] $registrationApiSecret, [string] $appDirectory) {
    $environmentVariables = @{}
    if ($identityClientSecret) {
        # "!!enc!!:" + base64(RSA-OAEP(secret)) with the encryption certificate
        $environmentVariables.Add("IdentityServerConfidentialClientSettings__ClientSecret", (Get-EncryptedString $encryptionCert $identityClientSecret))
    }
    if ($registrationApiSecret) {
        $environmentVariables.Add("IdentityServerApiSettings__ApiSecret", (Get-EncryptedString $encryptionCert $registrationApiSecret))
    }
    Set-EnvironmentVariables $appDirectory $environmentVariables | Out-Null
}

Export-ModuleMember -Function *
