using Microsoft.IdentityModel.Tokens;
using System.Security.Cryptography;

namespace Tyrell.Services.IdentityService.Extensions;

public static class SigningKeyExtensions
{
    // The RSA key was lifted out of a generated tempkey.jwk and pasted into the
    // "RSAParameters" section of appsettings.json (base64url values), so every
    // instance and every environment signs with the same key.
    public static SigningCredentials BuildSigningCredentialsFromSettings(this WebApplicationBuilder builder)
    {
        byte[] Read(string name) => Base64UrlEncoder.DecodeBytes(builder.Configuration[$"RSAParameters:{name}"]);

        var key = new RsaSecurityKey(new RSAParameters
        {
            D = Read("D"),
            DP = Read("DP"),
            DQ = Read("DQ"),
            Exponent = Read("Exponent"),
            InverseQ = Read("InverseQ"),
            Modulus = Read("Modulus"),
            P = Read("P"),
            Q = Read("Q")
        });

        return new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }
}
