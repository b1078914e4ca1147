using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IdentityServer4.Quickstart.UI
{
	public class SecurityHeadersAttribute : ActionFilterAttribute
	{
		public override void OnResultExecuting(ResultExecutingContext context)
		{
			if (!(context.Result is ViewResult))
				return;

			var headers = context.HttpContext.Response.Headers;
			const string csp = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; sandbox allow-forms allow-same-origin allow-scripts; base-uri 'self';";

			if (!headers.ContainsKey("X-Content-Type-Options")) headers.Add("X-Content-Type-Options", "nosniff");
			if (!headers.ContainsKey("X-Frame-Options")) headers.Add("X-Frame-Options", "SAMEORIGIN");
			if (!headers.ContainsKey("Content-Security-Policy")) headers.Add("Content-Security-Policy", csp);
			if (!headers.ContainsKey("Referrer-Policy")) headers.Add("Referrer-Policy", "no-referrer");
		}
	}
}
