namespace Archive.Web.Tests.Faults.Processes;

/// <summary>How an <c>archive</c> command ended: its exit code, what it printed on each stream, how long it ran.</summary>
internal sealed record CommandResult(int Exit, string Out, string Error, TimeSpan Took)
{
    public override string ToString() => $"exit {Exit} after {Took.TotalSeconds:0.0} s\nstdout: {Out}\nstderr: {Error}";
}
