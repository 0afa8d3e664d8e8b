namespace Archive.Web.Tests.Faults.Processes;

/// <summary>
/// The tests that start the real programs run one class at a time, and alone: each starts several runtimes, and on a
/// 2-core machine running them beside the rest of the suite would measure the machine's load, not the programs' bounds.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcesses
{
    public const string Name = "Real processes";
}
