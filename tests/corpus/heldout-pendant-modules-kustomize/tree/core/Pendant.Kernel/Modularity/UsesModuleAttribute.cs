namespace Pendant.Kernel.Modularity;

public abstract class UsesModuleAttribute : Attribute
{
    protected UsesModuleAttribute(Type moduleType) => ModuleType = moduleType;

    public Type ModuleType { get; }
}

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class UsesModuleAttribute<TModule> : UsesModuleAttribute
    where TModule : PendantModule, new()
{
    public UsesModuleAttribute() : base(typeof(TModule)) { }
}
