using static Bullseye.Targets;
using static SimpleExec.Command;

const string solution = "Oscorp.Identity.sln";
const string hostName = "Oscorp.Identity";
const string configuration = "Release";

var hostProject = $"src/{hostName}/{hostName}.csproj";
var artifacts = Path.GetFullPath("./artifacts");
var package = Path.Combine(artifacts, $"{hostName}.zip");

// IIS site that Web Deploy targets; overridable for a staging site on the same server.
var iisSite = Environment.GetEnvironmentVariable("WEBDEPLOY_SITENAME") ?? "identity.oscorp.io";
var selfContained = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WEBDEPLOY_SELFHOST"));
var keepExtraFiles = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WEBDEPLOY_REMOVEFILESONSERVER"));

// Production connection string handed in by CI and written into the package parameters.
var connectionString = Environment.GetEnvironmentVariable("OSCORP_DEFAULTCONNECTIONSTRING");

Target("restore", () => RunAsync("dotnet", $"restore {solution}"));

Target("build", DependsOn("restore"),
    () => RunAsync("dotnet", $"build {solution} --no-restore -c {configuration}"));

Target("test", DependsOn("build"), async () =>
{
    await RunAsync("dotnet", $"run --project src/Oscorp.Identity.Xpo.Storage.Tests/Oscorp.Identity.Xpo.Storage.Tests.csproj -c {configuration}");
    await RunAsync("dotnet", $"test {solution} --no-build --no-restore -c {configuration}");
});

Target("publish:dotnet", DependsOn("test"), () => RunAsync("dotnet",
    $"msbuild {hostProject} /t:Restore;Build /p:Configuration={configuration} " +
    $"/p:RuntimeIdentifier=win-x64 /p:SelfContained={selfContained} " +
    $"/p:DeployOnBuild=true /p:WebPublishMethod=Package /p:PackageLocation={package} " +
    $"/p:DeployIisAppPath={iisSite} /p:DefaultConnectionString=\"{connectionString}\" " +
    $"/p:SkipExtraFilesOnServer={keepExtraFiles}"));

Target("publish", DependsOn("publish:dotnet"));

Target("deploy", DependsOn("publish"), () => RunAsync("cmd.exe",
    $"/C {hostName}.deploy.cmd /Y " +
    $"/M:{Environment.GetEnvironmentVariable("WEBDEPLOY_IP")} " +
    $"/U:{Environment.GetEnvironmentVariable("WEBDEPLOY_USER")} " +
    $"/P:{Environment.GetEnvironmentVariable("WEBDEPLOY_PASS")} " +
    $"-allowUntrusted -enableRule:AppOffline {(keepExtraFiles ? "-enableRule:DoNotDeleteRule" : "")}",
    workingDirectory: artifacts));

Target("default", DependsOn("publish"));

await RunTargetsAndExitAsync(args);
