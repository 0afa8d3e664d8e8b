namespace Archive.Core.Import;

public enum DocumentChange
{
    Unchanged,
    Added,
    Updated,
}
