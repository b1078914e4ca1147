using System;
using Google.Cloud.Diagnostics.AspNetCore3;
using Google.Cloud.Diagnostics.Common;
using Microsoft.Extensions.DependencyInjection;

namespace GoogleTracer
{
    // Sends request traces to Google Cloud Trace; [Profile] methods add child spans (see ProfileAttribute).
    public static class Tracer
    {
        public static IManagedTracer CurrentTracer { get; set; }

        public static void SetupTracer(IServiceCollection services, string projectId, string serviceName)
        {
            services.AddGoogleTraceForAspNetCore(new AspNetCoreTraceOptions
            {
                ServiceOptions = new TraceServiceOptions
                {
                    ProjectId = projectId,
                    Options = TraceOptions.Create(bufferOptions: BufferOptions.TimedBuffer(TimeSpan.FromSeconds(5)))
                }
            });
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public class ProfileAttribute : Attribute
    {
    }
}
