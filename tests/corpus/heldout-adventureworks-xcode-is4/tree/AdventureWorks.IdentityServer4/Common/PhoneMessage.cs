using System;
using AdventureWorks.Admin.Services;
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Exceptions;
using Aliyun.Acs.Core.Http;
using Aliyun.Acs.Core.Profile;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewLife.Log;

namespace AdventureWorks.Cycles.Common
{
    /// <summary>Sends verification codes by text message.</summary>
    public class PhoneMessage : IPhoneMessage
    {
        private readonly PhoneMessageOptions _options;

        public PhoneMessage(IOptions<PhoneMessageOptions> options)
        {
            _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        }

        public void Send(string key, string message)
        {
            var profile = DefaultProfile.GetProfile(_options.RegionId, _options.AccessKeyId, _options.Secret);
            var client = new DefaultAcsClient(profile);
            var request = new CommonRequest
            {
                Method = MethodType.POST,
                Domain = "sms.provider.adventure-works.test",
                Version = "2017-05-25",
                Action = "SendSms"
            };
            request.AddQueryParameters("PhoneNumbers", key);
            request.AddQueryParameters("SignName", _options.SignName);
            request.AddQueryParameters("TemplateCode", _options.TemplateCode);
            request.AddQueryParameters("TemplateParam", $"{{\"code\":\"{message}\"}}");

            try
            {
                client.GetCommonResponse(request);
            }
            catch (ClientException e)
            {
                XTrace.WriteException(e);
            }
        }
    }

    public class PhoneMessageOptions
    {
        public string RegionId { get; set; }
        public string AccessKeyId { get; set; }
        public string Secret { get; set; }
        public string SignName { get; set; }
        public string TemplateCode { get; set; }
    }

    public static class PhoneMessageExtensions
    {
        public static IServiceCollection AddPhoneMessage(this IServiceCollection services, Action<PhoneMessageOptions> configure)
        {
            services.Configure(configure);
            services.TryAddSingleton<IPhoneMessage, PhoneMessage>();
            return services;
        }
    }
}
