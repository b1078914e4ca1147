namespace Pendant.Kernel.Modularity;

internal static class ModuleGraph
{
    // Depth-first walk: a module is listed only after everything it uses,
    // so the root (host) module always comes last.
    public static List<PendantModule> Resolve(Type rootModule)
    {
        var ordered = new List<Type>();
        var seen = new HashSet<Type>();
        Walk(rootModule, ordered, seen);
        return ordered.Select(t => (PendantModule)Activator.CreateInstance(t)!).ToList();
    }

    private static void Walk(Type module, List<Type> ordered, HashSet<Type> seen)
    {
        if (!seen.Add(module))
        {
            return;
        }

        foreach (var used in module.GetCustomAttributes(true).OfType<UsesModuleAttribute>())
        {
            Walk(used.ModuleType, ordered, seen);
        }

        ordered.Add(module);
    }
}
