using Consolidated.Platform.Hosting.AspNetCore.Startup;

// The platform package builds the WebApplication: it discovers every IRegisterServices,
// IConfigureAppOptions, IRegisterMiddleware and IRegisterAppConfigEventHandlers type in this
// assembly and wires forwarded headers, HSTS, CORS, health checks, Serilog and OpenTelemetry
// from the bound configuration sections.
await PlatformApplication.RunAsync(args, ApplicationKind.RazorPages);

public partial class Program;
