using Nuke.Common;
using Nuke.Common.IO;
using Nuke.Common.Tooling;
using Nuke.Common.Tools.DotNet;
using Serilog;
using System.IO;

class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [Parameter("Configuration to build")]
    readonly string Configuration = "Release";

    [Parameter("Platform: win-x64 or linux-x64")]
    readonly string Platform = "linux-x64";

    [Parameter("Image tag")]
    readonly string Version = "6.26.1101";

    AbsolutePath PlatformDir => RootDirectory / "publish" / Platform;

    Target Compile => _ => _
        .Executes(() =>
        {
            (PlatformDir / "identityserver" / "artifacts").DeleteDirectory();
            DotNetTasks.DotNetBuild(s => s
                .SetProjectFile(RootDirectory / "src" / "is-net" / "Proseware.Identity" / "Proseware.Identity.csproj")
                .SetConfiguration(Configuration)
                .SetProperty("DeployOnBuild", "true")
                .SetPublishProfile(Platform)
                .SetRuntime(Platform));
        });

    // local settings must not end up in an image
    Target DeployCleanIt => _ => _
        .After(Compile)
        .Executes(() =>
        {
            foreach (var file in PlatformDir.GlobFiles("identityserver/artifacts/_config/**/*.*"))
            {
                file.DeleteFile();
            }
        });

    // linux: base image from the published output, then the default and dev images on top of it
    Target Deploy => _ => _
        .DependsOn(Compile, DeployCleanIt)
        .Executes(() =>
        {
            Docker($"build -t proseware-identity-base:{Version} -f Dockerfile .", PlatformDir / "identityserver");
            Docker($"tag proseware-identity-base:{Version} proseware-identity-base:latest", PlatformDir);
            Docker($"build -t proseware-identity:{Version} -f Dockerfile .", PlatformDir / "identityserver" / "default");
            Docker($"build -t proseware-identity-dev:{Version} -f Dockerfile .", PlatformDir / "identityserver" / "dev");
            Docker($"tag proseware-identity:{Version} proseware-identity:latest", PlatformDir);
        });

    static void Docker(string arguments, string workingDirectory)
    {
        Log.Information("docker {Arguments}", arguments);
        ProcessTasks.StartProcess("docker", arguments, workingDirectory: workingDirectory).AssertZeroExitCode();
    }
}
