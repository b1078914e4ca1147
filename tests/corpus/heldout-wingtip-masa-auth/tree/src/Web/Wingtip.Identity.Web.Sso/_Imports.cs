// Namespace imports shared by every file of the sign-in site.
global using System.Reflection;
global using System.Security.Cryptography.X509Certificates;
global using IdentityServer4;
global using IdentityServer4.EntityFramework.DbContexts;
global using IdentityServer4.EntityFramework.Options;
global using IdentityServer4.Events;
global using IdentityServer4.Services;
global using IdentityServer4.Stores;
global using Microsoft.AspNetCore.Authentication;
global using Microsoft.AspNetCore.Components.Authorization;
global using Microsoft.AspNetCore.DataProtection;
global using Microsoft.EntityFrameworkCore;
global using StackExchange.Redis;
global using Wingtip.Identity.Web.Sso.Infrastructure.Events;
global using Wingtip.Identity.Web.Sso.Infrastructure.Services;
global using Wingtip.Identity.Web.Sso.Infrastructure.Stores;
