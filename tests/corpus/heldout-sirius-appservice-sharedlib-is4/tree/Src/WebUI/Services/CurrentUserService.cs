using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Sirius.Application.Common.Interfaces;

namespace Sirius.WebUI.Services
{
    public class CurrentUserService : ICurrentUserService
    {
        public CurrentUserService(IHttpContextAccessor accessor)
        {
            UserId = accessor.HttpContext?.User?.FindFirstValue(ClaimTypes.NameIdentifier);
            IsAuthenticated = UserId != null;
        }

        public string UserId { get; }

        public bool IsAuthenticated { get; }
    }
}
