namespace Archive.Web;

/// <summary>Marker type for the interface strings in Resources/SharedResource(.fa).resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; never instantiated.
public sealed class SharedResource
#pragma warning restore CA1052
{
}
