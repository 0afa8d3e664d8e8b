namespace Archive.Web.Ui;

/// <summary>How the reader shows translations: beside each clause, under it, or not at all.</summary>
public enum ReaderLayout
{
    Side,
    Stacked,
    Original,
}
