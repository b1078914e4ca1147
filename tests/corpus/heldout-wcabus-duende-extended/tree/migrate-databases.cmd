@echo off
rem Creates and upgrades every schema with the vendor admin tool, run by hand before a release.
set "origin=%cd%"
cd admin-tool

set "STORE=Server=.;Integrated Security=true;TrustServerCertificate=true;Database=FabrikamSsoStore"
set "PEOPLE=Server=.;Integrated Security=true;TrustServerCertificate=true;Database=FabrikamSsoPeople"

dotnet IdentityExpress.Manager.UI.dll -migrate Configuration -connectionString "%STORE%" -dbProvider SqlServer
dotnet IdentityExpress.Manager.UI.dll -migrate Operational -connectionString "%STORE%" -dbProvider SqlServer
dotnet IdentityExpress.Manager.UI.dll -migrate DataProtection -connectionString "%STORE%" -dbProvider SqlServer
dotnet IdentityExpress.Manager.UI.dll -migrate Audit -connectionString "%STORE%" -dbProvider SqlServer
dotnet IdentityExpress.Manager.UI.dll -migrate Identity -connectionString "%PEOPLE%" -dbProvider SqlServer

cd "%origin%"
dotnet tool restore
dotnet sql-cache create "%STORE%" dbo SsoDistributedCache
