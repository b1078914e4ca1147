using System.Net;
using System.Security.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CityPower.Infrastructure
{
    public static class HttpsExtensions
    {
        /// <summary>
        /// Kestrel terminates TLS itself: port 80 for plain http, port 443 with
        /// a certificate loaded from Key Vault.
        /// </summary>
        public static IWebHostBuilder UseKeyVaultHttps(this IWebHostBuilder web, string certificateName)
        {
            web.UseKestrel((context, kestrel) =>
            {
                kestrel.AddServerHeader = false;

                kestrel.Listen(IPAddress.Any, 80);

                kestrel.Listen(IPAddress.Any, 443, listen =>
                {
                    var certificate = KeyVaultExtensions.LoadCertificate(context.Configuration, certificateName);
                    listen.UseHttps(certificate, https =>
                    {
                        https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                    });
                });
            });

            return web;
        }
    }
}
