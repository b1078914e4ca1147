@ECHO off

REM Values come from the developer's environment (see RequiredEnvironmentVariables.txt)
REM and override appsettings.json through envFrom: secretRef

kubectl create secret generic secrets-global --namespace default ^
    --from-literal=AzureAppConfig__Enabled="%AzureAppConfig__Enabled%" ^
    --from-literal=AzureAppConfig__ConnectionString="%AzureAppConfig__ConnectionString%" ^
    --from-literal=AppInsights__Enabled="%AppInsights__Enabled%" ^
    --from-literal=AppInsights__ConnectionString="%AppInsights__ConnectionString%" ^
    --from-literal=AdminCredentials__Email="%AdminCredentials__Email%" ^
    --from-literal=AdminCredentials__Password="%AdminCredentials__Password%"

kubectl create secret tls tls-for-id-local --namespace default ^
    --cert "%~dp0id-local.tyrellmotors.io.crt" ^
    --key  "%~dp0id-local.tyrellmotors.io.key"

kubectl create secret tls tls-for-www-local --namespace default ^
    --cert "%~dp0www-local.tyrellmotors.io.crt" ^
    --key  "%~dp0www-local.tyrellmotors.io.key"
