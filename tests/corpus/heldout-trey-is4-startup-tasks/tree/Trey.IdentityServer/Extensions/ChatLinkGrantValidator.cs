using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using IdentityServer4.Validation;
using Trey.IdentityServer.ToolKit.EnumCollection;

namespace Trey.IdentityServer.Extensions
{
    // Custom grant for a messaging app: the caller posts the app's open id and gets tokens for it.
    public class ChatLinkGrantValidator : IExtensionGrantValidator
    {
        public string GrantType => GrantTypeCustom.ChatLinkOpen;

        public async Task ValidateAsync(ExtensionGrantValidationContext context)
        {
            try
            {
                var openId = context.Request.Raw["openid"];
                var claims = await LookUpAsync(openId);
                context.Result = new GrantValidationResult(subject: openId, authenticationMethod: "custom", claims: claims);
            }
            catch (Exception ex)
            {
                context.Result = new GrantValidationResult { IsError = true, Error = ex.Message };
            }
        }

        private static Task<List<Claim>> LookUpAsync(string openId)
        {
            // TODO: look the user up in the database
            return Task.FromResult(new List<Claim> { new Claim(ClaimTypes.Name, openId ?? string.Empty) });
        }
    }
}
