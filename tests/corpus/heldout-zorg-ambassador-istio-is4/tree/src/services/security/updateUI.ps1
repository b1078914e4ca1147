# refreshes the Quickstart UI (controllers, views, wwwroot) from the IdentityServer4 repository
iex ((New-Object System.Net.WebClient).DownloadString('https://raw.githubusercontent.com/IdentityServer/IdentityServer4.Quickstart.UI/release/get.ps1'))
