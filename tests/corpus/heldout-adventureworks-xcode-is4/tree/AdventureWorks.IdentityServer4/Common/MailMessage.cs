using System;
using AdventureWorks.Admin.Services;
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Exceptions;
using Aliyun.Acs.Core.Profile;
using Aliyun.Acs.Dm.Model.V20151123;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewLife.Log;

namespace AdventureWorks.IdentityServer4.Common
{
    /// <summary>Sends verification codes by e-mail.</summary>
    public class MailMessage : IMailMessage
    {
        private readonly MailMessageOptions _options;

        public MailMessage(IOptions<MailMessageOptions> options)
        {
            _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        }

        public void Send(string key, string message)
        {
            var profile = DefaultProfile.GetProfile(_options.RegionId, _options.AccessKeyId, _options.Secret);
            var client = new DefaultAcsClient(profile);
            var request = new SingleSendMailRequest
            {
                AccountName = _options.AccountName,
                AddressType = 1,
                ToAddress = key,
                Subject = _options.Subject,
                FromAlias = _options.FromAlias,
                TextBody = _options.TextBody.Replace("${code}", message),
            };

            try
            {
                client.GetAcsResponse(request);
            }
            catch (ClientException e)
            {
                XTrace.WriteException(e);
            }
        }
    }

    public class MailMessageOptions
    {
        public string RegionId { get; set; }
        public string AccessKeyId { get; set; }
        public string Secret { get; set; }
        public string AccountName { get; set; }
        public string Subject { get; set; }
        public string FromAlias { get; set; }
        public string TextBody { get; set; }
    }

    public static class MailMessageExtensions
    {
        public static IServiceCollection AddMailMessage(this IServiceCollection services, Action<MailMessageOptions> configure)
        {
            services.Configure(configure);
            services.TryAddSingleton<IMailMessage, MailMessage>();
            return services;
        }
    }
}
