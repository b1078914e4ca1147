using System;
using System.Collections.Generic;
using IdentityServer4.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Client = IdentityServer4.EntityFramework.Entities.Client;

namespace Coho.Sts.Admin.Seeds.Configuration;

/// <summary>
/// The cellar dashboard, a public code + PKCE client; more clients are added through the admin API.
/// </summary>
public class ClientSeed : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.HasData(new List<Client>
        {
            new()
            {
                Id = 1,
                Enabled = true,
                ClientId = "cellar-dashboard",
                ProtocolType = "oidc",
                RequireClientSecret = false,
                ClientName = "Cellar dashboard",
                ClientUri = "http://localhost:5005",
                RequireConsent = true,
                AllowRememberConsent = true,
                RequirePkce = true,
                AllowPlainTextPkce = false,
                AllowAccessTokensViaBrowser = false,
                AllowOfflineAccess = true,
                IdentityTokenLifetime = 300,
                AccessTokenLifetime = 3600,
                AuthorizationCodeLifetime = 300,
                AbsoluteRefreshTokenLifetime = 3600,
                SlidingRefreshTokenLifetime = 3600,
                RefreshTokenUsage = (int)TokenUsage.OneTimeOnly,
                RefreshTokenExpiration = (int)TokenExpiration.Absolute,
                UpdateAccessTokenClaimsOnRefresh = true,
                AccessTokenType = (int)AccessTokenType.Jwt,
                EnableLocalLogin = true,
                IncludeJwtId = true,
                ClientClaimsPrefix = "client_",
                DeviceCodeLifetime = 300,
                Created = new DateTime(2023, 1, 1),
                NonEditable = false
            }
        });
    }
}
